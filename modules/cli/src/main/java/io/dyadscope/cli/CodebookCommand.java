package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.app.corpus.QdaExchange;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.CodebookJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope codebook}: show, export or replace the workspace's codebook. */
@Command(name = "codebook", mixinStandardHelpOptions = true)
public final class CodebookCommand extends CorpusListingCommand {

  @Option(names = "--export", paramLabel = "FILE", description = "Write the codebook here (.qdc or JSON).") Path export;

  @Option(names = "--import", paramLabel = "FILE", description = "Read a codebook (see above).") Path importFile;

  @Option(names = "--allow-empty", description = "With --import: accept a codebook without codes (empties the codebook).")
  boolean allowEmpty;

  /** Only replacing the codebook writes; showing and exporting it read. */
  @Override
  boolean writes() {
    return importFile != null;
  }

  @Override
  void work(CorpusService corpus, PrintWriter out) throws Exception {
    QdaExchange qda = new QdaExchange(corpus);
    if (importFile != null) {
      qda.importCodebook(importFile, allowEmpty).forEach(w -> out.println("warning: " + w));
      out.println("codebook now has " + corpus.codebook().codes().size() + " codes");
    } else if (export != null) {
      qda.exportCodebook(export);
      out.println("wrote " + corpus.codebook().codes().size() + " codes to " + export);
    } else if (output.format == OutputFormat.json) {
      out.print(CodebookJson.write(corpus.codebook()));
    } else {
      List<List<Object>> rows = new ArrayList<>();
      for (Code c : corpus.codebook().codes()) {
        rows.add(List.of(c.id(), c.kind().name(), c.name(), c.parent(), c.definition(), c.inclusion(), c.exclusion(),
            String.join(" | ", c.rules())));
      }
      if (output.table()) {
        ConsoleTable t = new ConsoleTable("id", "kind", "name", "rules");
        rows.forEach(r -> t.row(r.get(0), r.get(1), r.get(2), ((String) r.get(7)).split(" \\| ").length));
        t.print(out);
      } else {
        output.write(out, List.of("id", "kind", "name", "parent", "definition", "inclusion", "exclusion",
            "rules"), rows);
      }
    }
  }
}
