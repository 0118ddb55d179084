package io.dyadscope.dossier.findings;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.NoForecast;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.Objects;

/**
 * Dyadscope's own outlook for an indicator and subject at a target period, made by a
 * {@link Forecaster} from the facts before the target. One-off estimates ({@code fixed} indicators)
 * are never projected: they have no trend.
 */
public final class Outlooks {

  private final EvidenceIndex index;
  private final Forecaster forecaster;

  public Outlooks(EvidenceIndex index, Forecaster forecaster) {
    this.index = Objects.requireNonNull(index, "index");
    this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
  }

  /** The forecaster's settings, e.g. how many points a backtest needs. */
  public io.dyadscope.analysis.ForecastOptions options() {
    return forecaster.options();
  }

  /** The forecaster itself, which describes its own method. */
  public Forecaster forecaster() {
    return forecaster;
  }

  public EvidenceIndex index() {
    return index;
  }

  /** The outlook for {@code indicator} and {@code subject} at {@code target}. */
  public Outlook outlook(String indicator, String subject, Period target) {
    if (BreakdownRule.fixed(indicator, index)) {
      return new NoForecast(indicator, subject, target, "a one-off estimate has no trend to project");
    }
    Series all = index.series(indicator, subject).series();
    List<Point> before = all.points().stream().filter(p -> p.period().compareTo(target) < 0).toList();
    if (before.isEmpty()) {
      return new NoForecast(indicator, subject, target, "no observed or reported values before " + target);
    }
    if (before.get(0).period().isAnnual() != target.isAnnual()) {
      return new NoForecast(indicator, subject, target, "the series is " + (target.isAnnual() ? "monthly" : "annual")
          + " and the target " + (target.isAnnual() ? "a year" : "a month"));
    }
    Indicator ind = index.indicator(indicator).orElse(null);
    double min = ind == null ? Double.NEGATIVE_INFINITY : ind.min();
    double max = ind == null ? Double.POSITIVE_INFINITY : ind.max();
    return forecaster.forecast(new Series(indicator, subject, before), target, min, max);
  }

  /** The facts before {@code target}: the points an outlook for it is made from. */
  public List<Point> basis(String indicator, String subject, Period target) {
    return index.series(indicator, subject).series().points().stream()
        .filter(p -> p.period().compareTo(target) < 0).toList();
  }
}
