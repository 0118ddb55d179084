package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.DocumentRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code dyadscope documents}: the corpus. */
@Command(name = "documents", mixinStandardHelpOptions = true)
public final class DocumentsCommand extends CorpusListingCommand {

  @Override
  void work(CorpusService corpus, PrintWriter out) {
    List<List<Object>> rows = new ArrayList<>();
    java.util.Map<String, String> countries = corpus.countries();
    for (DocumentRow d : corpus.documents()) {
      rows.add(List.of(d.id(), d.metadata().kind().name(), d.metadata().date(), d.chars(), d.humanCodings(),
          d.autoCodings(), d.metadata().publisher(), d.metadata().title(), d.metadata().licence(), d.metadata().url(),
          countries.getOrDefault(d.id(), "")));
    }
    if (output.table()) {
      ConsoleTable t = new ConsoleTable("id", "kind", "date", "chars", "human", "auto", "countries", "title");
      rows.forEach(r -> t.row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(10), r.get(7)));
      t.print(out);
    } else {
      output.write(out, List.of("id", "kind", "date", "chars", "human_codings", "auto_codings", "publisher",
          "title", "licence", "url", "countries"), rows);
    }
  }
}
