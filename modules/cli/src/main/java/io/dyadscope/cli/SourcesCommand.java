package io.dyadscope.cli;

import io.dyadscope.app.EvidenceService.SourceUse;
import io.dyadscope.evidence.Source;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyadscope sources}: the workspace's sources with their kind, grade and use. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "List the sources in the workspace, with kind, credibility grade and how many observations cite them.")
public final class SourcesCommand extends WorkspaceCommand {

  @Mixin
  FormatOption output;

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
    } else {
      output.write(out, HEADER, rows);
    }
    out.flush();
    return 0;
  }

}
