package io.dyadscope.app;

import io.dyadscope.app.statistics.ForecastLog;
import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.analysis.ProjectionComparison;
import io.dyadscope.analysis.Series;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.UserError;
import java.util.List;

/** The series and forecast use cases: one indicator of a dyad over time, and Dyadscope's projection of it. */
public final class SeriesService {

  private final WorkspaceAccess access;

  public SeriesService(WorkspaceAccess access) {
    this.access = access;
  }

  /** The indicator's facts for {@code subjectOrNull} (default: the only subject, else the dyad itself). */
  public SeriesSelection series(Dyad dyad, String indicator, String subjectOrNull) {
    return access.read(ws -> SeriesSelection.select(ws, dyad, indicator, subjectOrNull));
  }

  /**
   * A projection with the published ones for the same period beside it.
   *
   * @param selection   the series
   * @param target      the projected period
   * @param outlook     Dyadscope's forecast, or why there is none
   * @param comparisons each published projection for {@code target} against it
   */
  public record ForecastView(SeriesSelection selection, Period target, Outlook outlook,
      List<ProjectionComparison> comparisons) {}

  /** Projects the series to {@code targetOrNull} (default: the latest published projection's period, else the next). */
  public ForecastView forecast(Dyad dyad, String indicator, String subjectOrNull, Period targetOrNull) {
    return forecast(dyad, indicator, subjectOrNull, targetOrNull, false);
  }

  /**
   * As {@link #forecast(Dyad, String, String, Period)}; with {@code keep}, the forecast is also kept
   * in the workspace ({@link ForecastLog}) so that the outturn scorecard scores it once its period
   * is observed.
   */
  public ForecastView forecast(Dyad dyad, String indicator, String subjectOrNull, Period targetOrNull, boolean keep) {
    SeriesSelection sel = series(dyad, indicator, subjectOrNull);
    Series s = sel.result().series();
    if (s.isEmpty()) {
      throw new UserError("no observed or reported values of " + indicator + " for " + sel.subject()
          + ": nothing to project from");
    }
    Period when = targetOrNull != null ? targetOrNull : defaultTarget(sel);
    Forecaster forecaster = Forecaster.standard();
    Outlook o = forecaster.forecast(s, when, sel.indicator().min(), sel.indicator().max());
    List<io.dyadscope.analysis.Point> basis = s.points().stream().filter(p -> p.period().compareTo(when) < 0).toList();
    List<ProjectionComparison> published = sel.result().projections().stream()
        .filter(p -> p.period().equals(when))
        .map(p -> ProjectionComparison.of(p, o, basis, forecaster.options(), sel.indicator().unit())).toList();
    if (keep && o instanceof Forecast f) {
      ForecastLog.keep(access.directory(), dyad, f, s.last().period());
    }
    return new ForecastView(sel, when, o, published);
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
