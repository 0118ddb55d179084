package io.dyadscope.cli;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Observation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyadscope observations}: lists stored observations, filtered. */
@Command(name = "observations", mixinStandardHelpOptions = true)
public final class ObservationsCommand extends DyadPrintCommand {

  static final List<String> HEADER = List.of("id", "indicator", "dyad", "subject", "period", "value", "unit",
      "status", "source", "reported_by", "location", "note");

  @Mixin ObservationFilterOptions filter;

  @Mixin FormatOption output;

  @Override
  void work(PrintWriter out) {
    List<Observation> list = app().evidence().observations(filter.query(dyad.dyad()));
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
  }
}
