package io.dyadscope.cli;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.app.events.SecurityIndicatorService;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope events derive}: yearly security indicators from the events, by the rule file. */
@Command(name = "derive", mixinStandardHelpOptions = true)
public final class EventDeriveCommand extends EventSubcommand {

  @Option(names = "--rules", paramLabel = "FILE", description = "Rule file (default: the shipped event-rules.json).")
  Path rules;

  /** A user's rule file: whatever is wrong with it is a user error naming the file. */
  private static EventRules readRules(Path file) throws java.io.IOException {
    io.dyadscope.app.UserFiles.requireFile(file);
    try {
      return EventRules.read(file, IndicatorCatalogue.standard());
    } catch (IllegalArgumentException e) {
      throw new io.dyadscope.evidence.UserError(e.getMessage(), e);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EventsCommand events = events();
    EventRules r = rules == null ? EventRules.standard() : readRules(rules);
    SecurityIndicatorService.Report rep = events.app().events().derive(events.dyad.dyad(), r);
    if (rep.observations().isEmpty()) {
      out.println(EventsCommand.noEvents(events.dyad.dyad().id()));
      out.flush();
      return 0;
    }
    ConsoleTable t = new ConsoleTable("indicator", "year", "source", "events");
    for (Observation o : rep.observations()) {
      t.row(o.indicator(), o.period(), o.source(), (long) o.value());
    }
    t.print(out);
    out.printf("observations: %d added, %d replaced, %d unchanged%n", rep.merged().added(), rep.merged().replaced(),
        rep.merged().unchanged());
    long unclassified = rep.unclassified().values().stream().mapToLong(Long::longValue).sum();
    out.println(Figures.count(unclassified) + " of " + Figures.count(rep.events()) + " events classified by no rule"
        + (unclassified == 0 ? "" : ":"));
    rep.unclassified().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(15)
        .forEach(e -> out.printf("  %8s  %s%n", Figures.count(e.getValue()), e.getKey()));
    out.flush();
    return 0;
  }
}
