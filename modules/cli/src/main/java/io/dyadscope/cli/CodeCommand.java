package io.dyadscope.cli;

import io.dyadscope.evidence.UserError;
import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.SegmentUnit;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope code}: code a passage by hand, run the auto-coder, or import coded segments. */
@Command(name = "code", mixinStandardHelpOptions = true)
public final class CodeCommand extends CorpusChangeCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DOC", description = "Document id.") String document;

  @Option(names = "--chars", paramLabel = "FROM-TO", description = "Character span, e.g. 120-245 (end exclusive).")
  String chars;

  @Option(names = "--code", paramLabel = "ID", description = "The code to apply.") String code;

  @Option(names = "--coder", paramLabel = "NAME", description = "Who is coding.") String coder;

  @Option(names = "--auto", description = "Auto-code every document with the codebook's rules.") boolean auto;

  @Option(names = "--unit", defaultValue = "sentence", description = "sentence or paragraph, for --auto (default: ${DEFAULT-VALUE}).")
  SegmentUnit unit;

  @Option(names = "--import", paramLabel = "CSV", description = "Coded segments to add.") Path importCsv;

  @Override
  void check() {
    int modes = (auto ? 1 : 0) + (importCsv != null ? 1 : 0) + (document != null ? 1 : 0);
    if (modes != 1) {
      throw new UserError("give one of: DOC --chars FROM-TO --code ID --coder NAME, --auto, or --import CSV");
    }
  }

  @Override
  void work(CorpusService corpus, PrintWriter out) throws Exception {
    if (auto) {
      int n = corpus.autoCode(unit);
      out.println("auto-coded " + corpus.documents().size() + " documents by " + unit + ": " + n + " codings");
    } else if (importCsv != null) {
      out.println("added " + corpus.importCodings(importCsv) + " codings from " + importCsv);
    } else {
      if (chars == null || code == null || coder == null) {
        throw new UserError("coding by hand needs --chars FROM-TO, --code ID and --coder NAME");
      }
      String[] span = chars.split("-");
      int from;
      int to;
      try {
        from = Integer.parseInt(span[0].strip());
        to = Integer.parseInt(span[1].strip());
      } catch (RuntimeException e) {
        throw new UserError("--chars must be FROM-TO in whole characters, e.g. 120-245, not '" + chars + "'");
      }
      corpus.document(document);
      int added = corpus.code(document, from, to, code, coder);
      String text = corpus.document(document).text().substring(from, to).replace('\n', ' ');
      out.println((added == 1 ? "coded " : "already coded ") + document + " " + from + "-" + to + " as " + code
          + " by " + coder + ": \"" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "\"");
    }
  }
}
