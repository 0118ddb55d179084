package io.dyadscope.analysis;

import io.dyadscope.evidence.Observation;
import java.util.Objects;

/**
 * A published projection set beside the one computed from the series for the same indicator,
 * subject and period.
 *
 * @param published         the published value
 * @param computed          the computed outlook
 * @param difference        published minus computed point; NaN when there is no computed forecast
 * @param differencePercent the difference in percent of the computed point's magnitude; NaN when
 *                          there is no computed forecast or its point is 0
 * @param within80          true when the published value lies in the computed 80% interval
 * @param within95          true when the published value lies in the computed 95% interval
 * @param verdict           the verdict every front end prints ({@link ForecastVerdict}): none without
 *                          a forecast, "too uncertain to judge" when the forecast says too little
 */
public record ProjectionComparison(Observation published, Outlook computed, double difference,
    double differencePercent, boolean within80, boolean within95, ForecastVerdict verdict) {

  public ProjectionComparison {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(verdict, "verdict");
  }

  /**
   * Compares {@code published} with {@code computed}, made from {@code basis} by a forecaster with
   * {@code options}; {@code unit} words the verdict's reason.
   *
   * @throws IllegalArgumentException when they are not about the same indicator, subject and period
   */
  public static ProjectionComparison of(Observation published, Outlook computed, java.util.List<Point> basis,
      ForecastOptions options, String unit) {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(computed, "computed");
    if (!published.indicator().equals(computed.indicator()) || !published.subject().equals(computed.subject())
        || !published.period().equals(computed.target())) {
      throw new IllegalArgumentException("cannot compare " + published.indicator() + "/" + published.subject()
          + " " + published.period() + " with a computed outlook for " + computed.indicator() + "/"
          + computed.subject() + " " + computed.target());
    }
    ForecastVerdict verdict = ForecastVerdict.of(computed, published.value(), basis, options, unit);
    if (computed instanceof Forecast f) {
      double difference = published.value() - f.point();
      double percent = f.point() == 0 ? Double.NaN : difference / Math.abs(f.point()) * 100;
      return new ProjectionComparison(published, computed, difference, percent,
          f.p80().contains(published.value()), f.p95().contains(published.value()), verdict);
    }
    return new ProjectionComparison(published, computed, Double.NaN, Double.NaN, false, false, verdict);
  }
}
