package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.index.KwicLine;
import io.dyadscope.corpus.index.KwicSort;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope kwic TERM}: keyword in context. */
@Command(name = "kwic", mixinStandardHelpOptions = true)
public final class KwicCommand extends CorpusListingCommand {

  // Like search's options in layout only: --limit here counts lines, not documents, with its own default,
  // so one shared option would give one of the two the wrong help.
  @Parameters(index = "0", paramLabel = "TERM", description = "A word, a prefix with * or words in a row.") String term;

  @Option(names = "--width", defaultValue = "40", description = "Characters of context each side (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--sort", defaultValue = "right", description = "left or right context (default: ${DEFAULT-VALUE}).")
  KwicSort sort;

  @Option(names = "--limit", defaultValue = "1000", description = "Most lines (default: ${DEFAULT-VALUE}).") int limit;

  @Override
  void work(CorpusService corpus, PrintWriter out) {
    List<KwicLine> lines = corpus.kwic(term, width, sort, limit);
    if (output.table()) {
      int idWidth = lines.stream().mapToInt(l -> l.documentId().length()).max().orElse(0);
      for (KwicLine l : lines) {
        out.printf("%-" + idWidth + "s %6d  %" + width + "s [%s] %s%n", l.documentId(), l.start(), l.left(),
            l.keyword(), l.right());
      }
      out.println(lines.size() + " lines");
    } else {
      List<List<Object>> rows = new ArrayList<>();
      lines.forEach(l -> rows.add(List.of(l.documentId(), l.start(), l.end(), l.left(), l.keyword(), l.right())));
      output.write(out, List.of("document", "start", "end", "left", "keyword", "right"), rows);
    }
  }
}
