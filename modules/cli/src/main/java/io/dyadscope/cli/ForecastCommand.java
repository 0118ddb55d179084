package io.dyadscope.cli;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.NoForecast;
import io.dyadscope.analysis.ProjectionComparison;
import io.dyadscope.analysis.Series;
import io.dyadscope.app.statistics.ForecastLog;
import io.dyadscope.app.SeriesSelection;
import io.dyadscope.app.SeriesService.ForecastView;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.text.Figures;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code dyadscope forecast INDICATOR}: Dyadscope's own projection, beside any published one. */
@Command(name = "forecast", mixinStandardHelpOptions = true)
public final class ForecastCommand extends DyadPrintCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "INDICATOR",
      description = "Indicator id, e.g. trade.total (not with --monthly).")
  String indicator;

  @Mixin SubjectOption subject;

  @Mixin MonthlyForecastOptions monthly;

  @Option(names = "--target", paramLabel = "PERIOD",
      description = "Period to project (default: the latest published projection's, else the next period).")
  Period target;

  @Option(names = "--keep", description = "Keep this forecast in the workspace, so that the outturn scorecard"
      + " ('dyadscope official'; with --monthly, this command and the dossier) scores it once its period is observed.")
  boolean keep;

  @Override
  void work(PrintWriter out) {
    if (monthly.monthly) {
      MonthlyForecastPrinter.print(out, app().events().monthly(monthly.request(dyad.dyad(), keep)), keep);
      return;
    }
    if (indicator == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'INDICATOR' (or use --monthly)");
    }
    ForecastView v = app().series()
        .forecast(dyad.dyad(), indicator, subject.subject, target, keep);
    SeriesSelection sel = v.selection();
    out.println(sel.indicator().name() + " (" + sel.indicator().id() + "), " + sel.subject() + ", target " + v.target());
    if (v.outlook() instanceof Forecast f) {
      out.println("Dyadscope: " + Figures.approx(f.point()) + " " + sel.indicator().unit() + "  80% ["
          + Figures.approx(f.p80().lo()) + ", " + Figures.approx(f.p80().hi()) + "]  95% ["
          + Figures.approx(f.p95().lo()) + ", " + Figures.approx(f.p95().hi()) + "]");
      out.println("Method: " + f.method() + "; confidence " + f.confidence().name().toLowerCase(Locale.ROOT)
          + "; " + f.points() + " points");
      out.println("Basis: " + f.basis());
      Series s = sel.result().series();
      out.println("Series used: " + s.size() + " points, one figure a period from " + String.join(", ",
          s.points().stream().flatMap(pt -> pt.sourceIds().stream().limit(1)).distinct().toList())
          + " (the better-graded, then more precise, then more recent; series --all-sources lists every figure)");
      if (keep) {
        out.println("Kept in the workspace (" + ForecastLog.FILE + ") for the outturn scorecard.");
      }
      for (Map.Entry<String, Double> e : f.backtestError().entrySet()) {
        out.println("  backtest mean absolute error, " + e.getKey() + ": " + Figures.approx(e.getValue()));
      }
    } else {
      out.println("Dyadscope: no projection: " + ((NoForecast) v.outlook()).reason());
    }
    for (ProjectionComparison c : v.comparisons()) {
      Observation p = c.published();
      out.println("Published: " + Figures.exact(p.value()) + " by " + p.source()
          + (p.location().isEmpty() ? "" : " (" + p.location() + ")")
          + (Double.isNaN(c.difference()) ? "" : "; differs by " + Figures.approx(c.difference()) + " ("
              + Figures.signedPercent(c.differencePercent()) + ")")
          + "; verdict: " + c.verdict().words()
          + (c.verdict().reason().isEmpty() ? "" : " (" + c.verdict().reason() + ")"));
    }
  }
}
