package io.dyadscope.cli;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.store.ObservationQuery;
import io.dyadscope.store.Workspace;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadscope sources}: the workspace's sources with their kind, grade and use. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "List the sources in the workspace, with kind, credibility grade and how many observations cite them.")
public final class SourcesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace ws = workspace.open(spec.commandLine().getErr())) {
      Map<String, Integer> uses = new TreeMap<>();
      for (Observation o : ws.observations(ObservationQuery.all())) {
        uses.merge(o.source(), 1, Integer::sum);
        if (o.isSecondHand()) {
          uses.merge(o.reportedBy(), 1, Integer::sum);
        }
      }
      List<String> header = List.of("id", "publisher", "kind", "grade", "year", "observations", "citation", "url");
      List<List<Object>> rows = new java.util.ArrayList<>();
      for (Source s : new TreeMap<>(ws.sources()).values()) {
        rows.add(List.of(s.id(), s.publisher(), s.kind().label(), s.grade().name(), s.year() == 0 ? "" : s.year(),
            uses.getOrDefault(s.id(), 0), s.citation(), s.url()));
      }
      if (format == OutputFormat.table) {
        TextTable t = new TextTable("id", "publisher", "kind", "grade", "year", "obs");
        rows.forEach(r -> t.row(r.subList(0, 6).toArray()));
        t.print(out);
      } else {
        Output.write(out, format, header, rows);
      }
    }
    return 0;
  }

  static Map<String, Object> asMap(List<String> header, List<Object> row) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(header.get(i), row.get(i));
    }
    return m;
  }
}
