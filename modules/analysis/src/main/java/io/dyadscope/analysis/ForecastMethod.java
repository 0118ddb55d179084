package io.dyadscope.analysis;

/**
 * A way to extend a series into the future. Implementations are pure and deterministic.
 */
public interface ForecastMethod {

  /** Human name, e.g. {@code "linear trend"}; used in {@link Forecast#method()} and its backtest map. */
  String name();

  /**
   * Values at {@code futureTimes}, fitted on {@code (times, values)}.
   *
   * @param times       strictly increasing, at least one
   * @param values      as many as {@code times}, finite
   * @param futureTimes times after the last of {@code times}
   * @return one value per future time
   */
  double[] forecast(double[] times, double[] values, double[] futureTimes);
}
