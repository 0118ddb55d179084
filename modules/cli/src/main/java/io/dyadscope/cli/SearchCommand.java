package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.index.SearchHit;
import io.dyadscope.corpus.index.SearchResult;
import io.dyadscope.corpus.index.Snippet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope search QUERY}: full-text search of the corpus. */
@Command(name = "search", mixinStandardHelpOptions = true)
public final class SearchCommand extends CorpusListingCommand {

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to find (syntax above).") String query;

  @Option(names = "--limit", defaultValue = "10", description = "Most documents to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--snippets", defaultValue = "2", description = "Snippets per document (default: ${DEFAULT-VALUE}).")
  int snippets;

  @Override
  void work(CorpusService corpus, PrintWriter out) {
    SearchResult r = corpus.search(query, limit, snippets);
    if (output.table()) {
      out.println(r.totalHits() + " documents match" + (r.totalHits() > r.hits().size()
          ? " (showing " + r.hits().size() + ")" : ""));
      for (SearchHit h : r.hits()) {
        out.printf("%n%s  %s  %s  %s%n", h.documentId(), h.kind(), h.date(), h.title());
        for (Snippet s : h.snippets()) {
          out.printf("  [%d-%d] %s%n", s.start(), s.end(), s.marked().strip());
        }
      }
    } else {
      List<List<Object>> rows = new ArrayList<>();
      for (SearchHit h : r.hits()) {
        for (Snippet s : h.snippets()) {
          rows.add(List.of(h.documentId(), h.kind(), h.date(), h.title(), h.score(), s.start(), s.end(),
              s.matches().stream().map(m -> m.from() + "-" + m.to()).toList().toString(), s.marked().strip()));
        }
      }
      output.write(out, List.of("document", "kind", "date", "title", "score", "start", "end", "matches",
          "snippet"), rows);
    }
  }
}
