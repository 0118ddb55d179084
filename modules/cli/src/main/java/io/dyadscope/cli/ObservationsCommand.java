package io.dyadscope.cli;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.ObservationQuery;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyadscope observations}: lists stored observations, filtered. */
@Command(name = "observations", mixinStandardHelpOptions = true,
    description = "List the stored observations of a dyad, with their provenance.")
public final class ObservationsCommand extends DyadCommand {

  static final List<String> HEADER = List.of("id", "indicator", "dyad", "subject", "period", "value", "unit",
      "status", "source", "reported_by", "location", "note");

  @Option(names = "--indicator", paramLabel = "ID", description = "Indicator id, or a prefix ending in '.' (trade.).")
  String indicator;

  @Option(names = "--subject", description = "Dyad, country code, province (PK-KP) or initiative (CPEC).")
  String subject;

  @Option(names = "--status", description = "observed, reported or projection.")
  Status status;

  @Option(names = "--source", description = "Source id.")
  String source;

  @Option(names = "--from", paramLabel = "PERIOD", description = "First period (YYYY or YYYY-MM).")
  Period from;

  @Option(names = "--to", paramLabel = "PERIOD", description = "Last period (YYYY or YYYY-MM).")
  Period to;

  @Mixin
  FormatOption output;

  @Override
  public Integer call() {
    PrintWriter out = out();
    ObservationQuery q = ObservationQuery.all().dyad(dyad.dyad().id());
    if (indicator != null) {
      q = q.indicator(indicator);
    }
    if (subject != null) {
      q = q.subject(subject);
    }
    if (status != null) {
      q = q.status(status);
    }
    if (source != null) {
      q = q.source(source);
    }
    if (from != null) {
      q = q.from(from);
    }
    if (to != null) {
      q = q.to(to);
    }
    List<Observation> list = app().evidence().observations(q);
    if (output.table()) {
      ConsoleTable t = new ConsoleTable("indicator", "subject", "period", "value", "unit", "status", "source", "location");
      for (Observation o : list) {
        t.row(o.indicator(), o.subject(), o.period(), Figures.exact(o.value()), o.unit(), o.status().word(),
            o.source() + (o.isSecondHand() ? " via " + o.reportedBy() : ""), o.location());
      }
      t.print(out);
      out.println(list.size() + " observations");
    } else {
      List<List<Object>> rows = new ArrayList<>();
      for (Observation o : list) {
        rows.add(List.of(o.id(), o.indicator(), o.dyad(), o.subject(), o.period().toString(), o.value(), o.unit(),
            o.status().word(), o.source(), o.reportedBy(), o.location(), o.note()));
      }
      output.write(out, HEADER, rows);
    }
    out.flush();
    return 0;
  }
}
