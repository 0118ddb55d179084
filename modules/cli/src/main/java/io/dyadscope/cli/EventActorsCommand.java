package io.dyadscope.cli;

import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.Ranked;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope events actors}: the dyad's most frequent actors and places per dataset. */
@Command(name = "actors", mixinStandardHelpOptions = true)
public final class EventActorsCommand extends EventSubcommand {

  @Option(names = "--top", defaultValue = "10", description = "How many per dataset (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EventsCommand events = events();
    EventPicture p = events.app().events().picture(events.query(top));
    List<List<Object>> rows = new ArrayList<>();
    p.actors().forEach(r -> rows.add(row("actor", r)));
    p.places().forEach(r -> rows.add(row("place", r)));
    List<String> header = List.of("what", "dataset", "name", "country", "events", "fatalities");
    if (events.format != OutputFormat.table) {
      Output.write(out, events.format, header, rows);
    } else if (p.isEmpty()) {
      out.println(EventsCommand.noEvents(p.dyad()));
    } else {
      ConsoleTable.print(out, header, rows);
    }
    out.flush();
    return 0;
  }

  private static List<Object> row(String what, Ranked r) {
    return Arrays.asList(what, r.dataset(), r.name(), r.country(), r.events(), r.fatalities());
  }
}
