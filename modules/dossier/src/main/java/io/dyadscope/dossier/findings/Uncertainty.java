package io.dyadscope.dossier.findings;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.ForecastOptions;
import io.dyadscope.analysis.Point;
import io.dyadscope.evidence.text.Figures;
import java.util.List;
import java.util.Optional;

/**
 * Whether a forecast says enough to judge a published projection by. An interval wider than the
 * series' own range, or one made from fewer points than the forecaster needs for a backtest, would
 * hold almost any figure: a published value "inside" it confirms nothing, so the dossier says "too
 * uncertain to judge" and never counts it as support.
 */
public final class Uncertainty {

  /** The verdict written where a published value would otherwise be said to lie inside an interval. */
  public static final String TOO_UNCERTAIN = "too uncertain to judge";

  private Uncertainty() {}

  /**
   * Why {@code forecast}, made from {@code basis}, is too uncertain to judge by; empty when it is
   * not.
   */
  public static Optional<String> tooUncertain(Forecast forecast, List<Point> basis, ForecastOptions options,
      String unit) {
    if (forecast.points() < options.minBacktestPoints()) {
      return Optional.of("made from " + forecast.points() + " points, fewer than the " + options.minBacktestPoints()
          + " a backtest needs");
    }
    double lo = basis.stream().mapToDouble(Point::value).min().orElse(Double.NaN);
    double hi = basis.stream().mapToDouble(Point::value).max().orElse(Double.NaN);
    double width = forecast.p80().hi() - forecast.p80().lo();
    if (!(width <= hi - lo)) {
      return Optional.of("its 80% interval (" + Figures.range(forecast.p80().lo(), forecast.p80().hi(), unit)
          + ") is wider than the series' own range (" + Figures.range(lo, hi, unit) + ")");
    }
    return Optional.empty();
  }
}
