package io.dyadscope.cli;

import io.dyadscope.analysis.Change;
import io.dyadscope.analysis.Disagreement;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.store.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadscope series INDICATOR}: one indicator's facts over time with the changes between them. */
@Command(name = "series", mixinStandardHelpOptions = true,
    description = "Show an indicator's series (facts only, one value per period) with changes between periods.")
public final class SeriesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Mixin
  DyadOption dyad;

  @Mixin
  SeriesArguments series;

  @Option(names = "--all-sources", description = "Also list every source's figure for each period, the one the series"
      + " uses, and the source-preference rule's reason.")
  boolean allSources;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dyad d = dyad.dyad();
    try (Workspace ws = workspace.open(spec.commandLine().getErr())) {
      SeriesSelection sel = SeriesSelection.select(ws, d, series.indicator, series.subject);
      Series s = sel.result().series();
      out.println(sel.indicator().name() + " (" + sel.indicator().id() + "), " + sel.subject() + ", "
          + sel.indicator().unit());
      TextTable t = new TextTable("period", "value", "change", "change %", "annual %", "sources");
      Point prev = null;
      for (Point p : s.points()) {
        Change c = prev == null ? null : Change.between(prev, p);
        t.row(p.period(), Numbers.plain(p.value()), c == null ? "" : Numbers.plain(c.absolute()),
            c == null ? "" : Numbers.pct(c.percent()), c == null ? "" : Numbers.pct(c.annualRate()),
            String.join(", ", p.sourceIds()));
        prev = p;
      }
      t.print(out);
      if (s.size() >= 2) {
        Change whole = Change.between(s.first(), s.last());
        out.println("From " + whole.from() + " to " + whole.to() + " it " + whole.direction() + " "
            + Numbers.pctAbs(whole.percent()) + " (" + Numbers.pct(whole.annualRate()) + " a year).");
      }
      for (Disagreement disagreement : sel.result().disagreements()) {
        out.println("Disagreement " + disagreement.period() + ": " + disagreement.reason());
      }
      if (allSources) {
        SourcesListing.print(out, sel, ws.sources());
      }
      for (Observation p : sel.result().projections()) {
        out.println("Published projection " + p.period() + ": " + Numbers.plain(p.value()) + " by " + p.source()
            + (p.location().isEmpty() ? "" : " (" + p.location() + ")"));
      }
    }
    out.flush();
    return 0;
  }
}
