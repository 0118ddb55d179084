package io.dyadscope.cli;

import io.dyadscope.analysis.Change;
import io.dyadscope.analysis.Disagreement;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.app.SeriesSelection;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.text.Figures;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope series INDICATOR}: one indicator's facts over time with the changes between them. */
@Command(name = "series", mixinStandardHelpOptions = true)
public final class SeriesCommand extends DyadPrintCommand {

  @Parameters(index = "0", paramLabel = "INDICATOR", description = "Indicator id, e.g. trade.total.") String indicator;

  @Mixin SubjectOption subject;

  @Option(names = "--all-sources", description = "Also list every source's figure for each period, the one the series"
      + " uses, and the source-preference rule's reason.")
  boolean allSources;

  @Override
  void work(PrintWriter out) {
    SeriesSelection sel = app().series()
        .series(dyad.dyad(), indicator, subject.subject);
    Series s = sel.result().series();
    out.println(sel.indicator().name() + " (" + sel.indicator().id() + "), " + sel.subject() + ", "
        + sel.indicator().unit());
    ConsoleTable t = new ConsoleTable("period", "value", "change", "change %", "annual %", "sources");
    Point prev = null;
    for (Point p : s.points()) {
      Change c = prev == null ? null : Change.between(prev, p);
      t.row(p.period(), Figures.exact(p.value()), c == null ? "" : Figures.exact(c.absolute()),
          c == null ? "" : Figures.signedPercent(c.percent()), c == null ? "" : Figures.signedPercent(c.annualRate()),
          String.join(", ", p.sourceIds()));
      prev = p;
    }
    t.print(out);
    if (s.size() >= 2) {
      Change whole = Change.between(s.first(), s.last());
      out.println("From " + whole.from() + " to " + whole.to() + " it " + whole.direction() + " "
          + Figures.percentMagnitude(whole.percent()) + " (" + Figures.signedPercent(whole.annualRate()) + " a year).");
    }
    for (Disagreement disagreement : sel.result().disagreements()) {
      out.println("Disagreement " + disagreement.period() + ": " + disagreement.reason());
    }
    if (allSources) {
      SourcesListing.print(out, sel, sel.sources());
    }
    for (Observation p : sel.result().projections()) {
      out.println("Published projection " + p.period() + ": " + Figures.exact(p.value()) + " by " + p.source()
          + (p.location().isEmpty() ? "" : " (" + p.location() + ")"));
    }
  }
}
