package io.dyadscope.cli;

import io.dyadscope.app.EvidenceService.SourceUse;
import io.dyadscope.app.fetch.FetchService;
import io.dyadscope.evidence.Source;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyadscope sources}: the workspace's sources with their kind, grade and use. */
@Command(name = "sources", mixinStandardHelpOptions = true)
public final class SourcesCommand extends WorkspaceCommand {

  @Mixin FormatOption output;

  static final List<String> HEADER = List.of("id", "publisher", "kind", "grade", "year", "observations", "citation",
      "url");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    List<List<Object>> rows = new ArrayList<>();
    for (SourceUse u : app().evidence().sources()) {
      Source s = u.source();
      rows.add(List.of(s.id(), s.publisher(), s.kind().label(), s.grade().name(), s.year() == 0 ? "" : s.year(),
          u.observations(), s.citation(), s.url()));
    }
    if (output.table()) {
      ConsoleTable t = new ConsoleTable("id", "publisher", "kind", "grade", "year", "obs");
      rows.forEach(r -> t.row(r.subList(0, 6).toArray()));
      t.print(out);
      printFetched(out);
    } else {
      output.write(out, HEADER, rows);
    }
    out.flush();
    return 0;
  }

  /** The API answers behind fetched observations and events: query, retrieval time, SHA-256, the import they fed. */
  private void printFetched(PrintWriter out) {
    List<FetchService.Answer> answers = app().fetches().answers();
    if (answers.isEmpty()) {
      return;
    }
    out.println();
    out.println("fetched from the APIs (dyadscope fetch): each answer behind the observations and events imported");
    ConsoleTable t = new ConsoleTable("api", "dyad", "retrieved (UTC)", "sha256", "bytes", "imported as", "query");
    answers.forEach(a -> t.row(a.api(), a.dyad(), a.retrievedAt().toString(), a.sha256(), a.bytes(), a.importedAs(),
        a.query()));
    t.print(out);
  }

}
