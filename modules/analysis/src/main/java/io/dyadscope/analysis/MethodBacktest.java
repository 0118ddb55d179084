package io.dyadscope.analysis;

/**
 * One forecasting method's rolling-origin backtest on one series: how far off it was, and how often
 * the 80% and 95% intervals it would have drawn at the time held the value that followed.
 *
 * <p>An interval is judged out of sample: for a backtest forecast made from the first k points, the
 * interval is drawn as {@link Forecaster} draws it (the root mean square of the method's errors at
 * that step times 1.2816 or 1.96, or, with fewer than 3 errors at that step, the shortest step's
 * scaled by the square root of the step ratio), but only from the errors of forecasts whose value was
 * known by then (target point before k). A forecast with fewer than {@link BacktestCoverage#MIN_EARLIER}
 * such errors at the step used is not judged.
 *
 * @param method            the method's name
 * @param forecasts         backtest forecasts scored
 * @param meanAbsoluteError their mean absolute error
 * @param judged            forecasts whose intervals could be judged
 * @param held80            of those, how many fell inside the 80% interval
 * @param held95            of those, how many fell inside the 95% interval
 */
public record MethodBacktest(String method, int forecasts, double meanAbsoluteError, int judged, int held80,
    int held95) {

  public MethodBacktest {
    method = Series.requireText(method, "method");
    if (forecasts < 1 || judged < 0 || judged > forecasts || held95 > judged || held80 > held95 || held80 < 0) {
      throw new IllegalArgumentException("inconsistent backtest counts for " + method + ": " + forecasts
          + " forecasts, " + judged + " judged, " + held80 + " inside 80%, " + held95 + " inside 95%");
    }
  }

  /** Share of judged forecasts inside the 80% interval, NaN when none was judged. */
  public double coverage80() {
    return judged == 0 ? Double.NaN : (double) held80 / judged;
  }

  /** Share of judged forecasts inside the 95% interval, NaN when none was judged. */
  public double coverage95() {
    return judged == 0 ? Double.NaN : (double) held95 / judged;
  }
}
