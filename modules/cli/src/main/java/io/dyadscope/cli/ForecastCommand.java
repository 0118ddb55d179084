package io.dyadscope.cli;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.NoForecast;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.analysis.ProjectionComparison;
import io.dyadscope.analysis.Series;
import io.dyadscope.app.statistics.ForecastLog;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.store.Workspace;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadscope forecast INDICATOR}: Dyadscope's own projection, beside any published one. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {"Project an indicator with the method chosen by rolling-origin backtest, with 80%% and 95%% intervals.",
        "Short series get a low-confidence, wide interval; published projections are shown beside it."})
public final class ForecastCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Mixin
  DyadOption dyad;

  @Mixin
  SeriesArguments series;

  @Option(names = "--target", paramLabel = "PERIOD",
      description = "Period to project (default: the latest published projection's, else the next period).")
  String target;

  @Option(names = "--keep", description = "Keep this forecast in the workspace, so that the outturn scorecard"
      + " ('dyadscope official') scores it once its period is observed.")
  boolean keep;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dyad d = dyad.dyad();
    try (Workspace ws = workspace.open(spec.commandLine().getErr())) {
      SeriesSelection sel = SeriesSelection.select(ws, d, series.indicator, series.subject);
      Series s = sel.result().series();
      if (s.isEmpty()) {
        throw new UserError("no observed or reported values of " + series.indicator + " for " + sel.subject()
            + ": nothing to project from");
      }
      Period when = target != null ? Period.parse(target) : defaultTarget(sel);
      Outlook o = Forecaster.standard().forecast(s, when, sel.indicator().min(), sel.indicator().max());
      out.println(sel.indicator().name() + " (" + sel.indicator().id() + "), " + sel.subject() + ", target " + when);
      if (o instanceof Forecast f) {
        out.println("Dyadscope: " + Numbers.round(f.point()) + " " + sel.indicator().unit() + "  80% ["
            + Numbers.round(f.p80().lo()) + ", " + Numbers.round(f.p80().hi()) + "]  95% ["
            + Numbers.round(f.p95().lo()) + ", " + Numbers.round(f.p95().hi()) + "]");
        out.println("Method: " + f.method() + "; confidence " + f.confidence().name().toLowerCase(java.util.Locale.ROOT)
            + "; " + f.points() + " points");
        out.println("Basis: " + f.basis());
        out.println("Series used: " + s.size() + " points, one figure a period from " + String.join(", ",
            s.points().stream().flatMap(pt -> pt.sourceIds().stream().limit(1)).distinct().toList())
            + " (the better-graded, then more precise, then more recent; series --all-sources lists every figure)");
        if (keep) {
          ForecastLog.keep(ws.directory(), d, f, s.last().period());
          out.println("Kept in " + ws.directory().resolve(ForecastLog.FILE) + " for the outturn scorecard.");
        }
        for (Map.Entry<String, Double> e : f.backtestError().entrySet()) {
          out.println("  backtest mean absolute error, " + e.getKey() + ": " + Numbers.round(e.getValue()));
        }
      } else {
        out.println("Dyadscope: no projection: " + ((NoForecast) o).reason());
      }
      for (Observation p : sel.result().projections()) {
        if (!p.period().equals(when)) {
          continue;
        }
        ProjectionComparison c = ProjectionComparison.of(p, o);
        out.println("Published: " + Numbers.plain(p.value()) + " by " + p.source()
            + (p.location().isEmpty() ? "" : " (" + p.location() + ")")
            + (Double.isNaN(c.difference()) ? "" : "; differs by " + Numbers.round(c.difference()) + " ("
                + Numbers.pct(c.differencePercent()) + "), " + (c.within80() ? "inside" : "outside")
                + " the 80% interval, " + (c.within95() ? "inside" : "outside") + " the 95% interval"));
      }
    }
    out.flush();
    return 0;
  }

  private static Period defaultTarget(SeriesSelection sel) {
    Period last = sel.result().series().last().period();
    Period latestPublished = sel.result().projections().stream().map(Observation::period)
        .filter(p -> p.compareTo(last) > 0).max(Period::compareTo).orElse(null);
    if (latestPublished != null) {
      return latestPublished;
    }
    return last.next();
  }
}
