package io.dyadscope.analysis.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One model's forecast of the months after a series ends: a distribution per month ahead.
 *
 * @param model the model
 * @param basis what the model made of the series, with its fitted numbers
 * @param steps one per horizon, ascending
 */
public record MonthlyForecast(MonthlyModel model, String basis, List<Step> steps) {

  /** Quantile levels printed and kept: the median and the central 50%, 80%, 90% and 95% intervals. */
  public static final List<Double> LEVELS = List.of(0.025, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.975);

  public MonthlyForecast {
    steps = List.copyOf(steps);
  }

  /**
   * @param month        the month forecast
   * @param horizon      months after the series' last month
   * @param distribution the predictive distribution
   */
  public record Step(YearMonth month, int horizon, Predictive distribution) {

    /** The quantiles at {@link #LEVELS}. */
    public List<Integer> quantiles() {
      return LEVELS.stream().map(distribution::quantile).toList();
    }

    public int median() {
      return distribution.quantile(0.5);
    }
  }

  /** Every model's forecast of the {@code o.horizons()} months after {@code series} (not empty). */
  public static List<MonthlyForecast> all(MonthlySeries series, MonthlyOptions o) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException(series.label() + ": no months to forecast from");
    }
    double[] history = series.values();
    List<MonthlyForecast> out = new ArrayList<>();
    for (MonthlyModel m : MonthlyModel.values()) {
      List<Predictive> d = m.forecast(history, o);
      List<Step> steps = new ArrayList<>();
      for (int h = 1; h <= o.horizons(); h++) {
        steps.add(new Step(series.end().plusMonths(h), h, d.get(h - 1)));
      }
      out.add(new MonthlyForecast(m, m.basis(history, o), steps));
    }
    return out;
  }
}
