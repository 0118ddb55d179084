package io.dyadscope.analysis;

import io.dyadscope.evidence.text.Figures;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one verdict on a figure (a published projection, a later outturn) set against a forecast,
 * in the words every front end prints: the dossier, the {@code forecast} command and the
 * dashboard. There is a verdict on the interval only where there is a forecast, and only where that
 * forecast says enough to judge by: an interval wider than the series' own range, or one made from
 * fewer points than a backtest needs, would hold almost any figure, so "inside" would confirm
 * nothing.
 *
 * @param kind   which verdict
 * @param reason why, when the verdict is {@link Kind#NO_FORECAST} or {@link Kind#TOO_UNCERTAIN};
 *               else empty
 */
public record ForecastVerdict(Kind kind, String reason) {

  /** The verdicts, each with its words. */
  public enum Kind {
    NO_FORECAST("no forecast to judge by"),
    TOO_UNCERTAIN("too uncertain to judge"),
    INSIDE_80("inside the 80% interval"),
    INSIDE_95("inside the 95% interval, outside the 80%"),
    OUTSIDE_95("outside the 95% interval");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() { return words; }
  }

  public ForecastVerdict {
    Objects.requireNonNull(kind, "kind");
    reason = reason == null ? "" : reason;
  }

  /** The verdict in words, e.g. {@code inside the 80% interval}. */
  public String words() {
    return kind.words();
  }

  /** True when the forecast could judge the figure: inside 80%, inside 95% only, or outside. */
  public boolean judged() {
    return kind == Kind.INSIDE_80 || kind == Kind.INSIDE_95 || kind == Kind.OUTSIDE_95;
  }

  /**
   * The verdict on {@code figure} against {@code outlook}.
   *
   * @param basis   the points the forecast was made from (their range is the yardstick for its interval)
   * @param options the forecaster's settings (how many points a backtest needs)
   * @param unit    the figure's unit, for the reason
   */
  public static ForecastVerdict of(Outlook outlook, double figure, List<Point> basis, ForecastOptions options,
      String unit) {
    Objects.requireNonNull(outlook, "outlook");
    if (outlook instanceof NoForecast n) {
      return new ForecastVerdict(Kind.NO_FORECAST, n.reason());
    }
    Forecast f = (Forecast) outlook;
    Optional<String> uncertain = tooUncertain(f, basis, options, unit);
    if (uncertain.isPresent()) {
      return new ForecastVerdict(Kind.TOO_UNCERTAIN, uncertain.get());
    }
    if (!Double.isFinite(figure)) {
      throw new IllegalArgumentException("no figure to judge: " + figure);
    }
    Kind k = f.p80().contains(figure) ? Kind.INSIDE_80 : f.p95().contains(figure) ? Kind.INSIDE_95 : Kind.OUTSIDE_95;
    return new ForecastVerdict(k, "");
  }

  /**
   * Why {@code forecast}, made from {@code basis}, is too uncertain to judge a figure by; empty when
   * it is not.
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
