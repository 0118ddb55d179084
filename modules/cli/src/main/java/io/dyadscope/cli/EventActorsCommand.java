package io.dyadscope.cli;

import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.Ranked;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dyadscope events actors}: the dyad's most frequent actors and places per dataset. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Top actors and first-level divisions (admin1) per dataset, with events and fatalities.")
public final class EventActorsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  EventsCommand parent;

  @picocli.CommandLine.Mixin
  WorkspaceOption workspace;

  @picocli.CommandLine.Mixin
  DyadOption dyad;

  @Option(names = "--top", defaultValue = "10", description = "How many per dataset (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    parent.adopt(spec, workspace, dyad);
    EventPicture p = parent.app().events().picture(parent.query(top));
    List<List<Object>> rows = new ArrayList<>();
    p.actors().forEach(r -> rows.add(row("actor", r)));
    p.places().forEach(r -> rows.add(row("place", r)));
    List<String> header = List.of("what", "dataset", "name", "country", "events", "fatalities");
    if (parent.format != OutputFormat.table) {
      Output.write(out, parent.format, header, rows);
    } else if (p.isEmpty()) {
      out.println(EventsCommand.noEvents(p.dyad()));
    } else {
      ConsoleTable t = new ConsoleTable(header.toArray(String[]::new));
      rows.forEach(r -> t.row(r.toArray()));
      t.print(out);
    }
    out.flush();
    return 0;
  }

  private static List<Object> row(String what, Ranked r) {
    return Arrays.asList(what, r.dataset(), r.name(), r.country(), r.events(), r.fatalities());
  }
}
