package io.dyadscope.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The standard {@link ForecastMethod}s: last value, linear trend and Holt's damped trend.
 */
public final class ForecastMethods {

  private static final double[] ALPHAS = {0.2, 0.4, 0.6, 0.8};
  private static final double[] BETAS = {0.1, 0.2, 0.3};
  private static final double[] PHIS = {0.8, 0.9, 0.98};

  private ForecastMethods() {
  }

  /** Every future value equals the last value: the naive random-walk forecast. */
  public static ForecastMethod lastValue() {
    return new Named("last value") {
      @Override
      public double[] forecast(double[] times, double[] values, double[] futureTimes) {
        check(times, values, futureTimes);
        double[] out = new double[futureTimes.length];
        Arrays.fill(out, values[values.length - 1]);
        return out;
      }
    };
  }

  /**
   * Ordinary least squares line through {@code (times, values)}, exact for irregular times; with a
   * single point it is the last value.
   */
  public static ForecastMethod linearTrend() {
    return new Named("linear trend") {
      @Override
      public double[] forecast(double[] times, double[] values, double[] futureTimes) {
        check(times, values, futureTimes);
        return linear(times, values, futureTimes);
      }
    };
  }

  /**
   * Holt's additive damped trend, with smoothing parameters chosen from a fixed grid (alpha in
   * {0.2, 0.4, 0.6, 0.8}, beta in {0.1, 0.2, 0.3}, phi in {0.8, 0.9, 0.98}) by the smallest sum of
   * squared one-step errors; ties keep the first combination in that order, so the fit is
   * deterministic. See {@link #dampedTrend(double, double, double)} for the recursion, the grid the
   * series is put on and the errors counted. With fewer than 3 points it is the linear trend.
   */
  public static ForecastMethod dampedTrend() {
    return damped(y -> {
      Damped best = null;
      for (double alpha : ALPHAS) {
        for (double beta : BETAS) {
          for (double phi : PHIS) {
            Damped d = Damped.fit(y, alpha, beta, phi);
            if (best == null || d.sse < best.sse) {
              best = d;
            }
          }
        }
      }
      return best;
    });
  }

  /**
   * Holt's additive damped trend with fixed parameters. Times must be whole numbers (period
   * ordinals); the series is put on an evenly spaced grid whose step is the greatest common divisor
   * of the gaps, filling missing steps by linear interpolation. With grid values y0..y(m-1): level
   * l0 = y0, trend b0 = y1 - y0, and for t = 1..m-1
   * <pre>
   *   l(t) = alpha * y(t) + (1 - alpha) * (l(t-1) + phi * b(t-1))
   *   b(t) = beta * (l(t) - l(t-1)) + (1 - beta) * phi * b(t-1)
   * </pre>
   * The forecast h steps past the last grid point is l + (phi + phi^2 + ... + phi^h) * b, with
   * the closed form phi(1 - phi^h)/(1 - phi) for fractional h. The in-sample error counted when
   * choosing parameters is y(t) - (l(t-1) + phi * b(t-1)) for t = 2..m-1 (at t = 1 the
   * starting trend already holds y1). With fewer than 3 points it is the linear trend.
   */
  public static ForecastMethod dampedTrend(double alpha, double beta, double phi) {
    if (!(alpha > 0 && alpha <= 1) || !(beta > 0 && beta <= 1) || !(phi > 0 && phi < 1)) {
      throw new IllegalArgumentException("damped trend needs 0 < alpha <= 1, 0 < beta <= 1, 0 < phi < 1: "
          + alpha + ", " + beta + ", " + phi);
    }
    return damped(y -> Damped.fit(y, alpha, beta, phi));
  }

  /**
   * The damped trend whose parameters {@code fit} chooses from the grid values, projected from the
   * grid; the linear trend below 3 points.
   */
  private static ForecastMethod damped(Function<double[], Damped> fit) {
    return new Named("damped trend") {
      @Override
      public double[] forecast(double[] times, double[] values, double[] futureTimes) {
        check(times, values, futureTimes);
        if (times.length < 3) {
          return linear(times, values, futureTimes);
        }
        Grid g = Grid.of(times, values);
        return fit.apply(g.values).project(g, futureTimes);
      }
    };
  }

  /** Last value, linear trend, damped trend: the order in which backtest ties are broken. */
  public static List<ForecastMethod> standard() {
    return List.of(lastValue(), linearTrend(), dampedTrend());
  }

  static double[] linear(double[] times, double[] values, double[] futureTimes) {
    int n = times.length;
    double[] out = new double[futureTimes.length];
    if (n == 1) {
      Arrays.fill(out, values[0]);
      return out;
    }
    // centred sums: times are years (~2000) or months (~24000), and raw sums of squares lose digits
    double tMean = 0;
    double yMean = 0;
    for (int i = 0; i < n; i++) {
      tMean += times[i];
      yMean += values[i];
    }
    tMean /= n;
    yMean /= n;
    double sty = 0;
    double stt = 0;
    for (int i = 0; i < n; i++) {
      sty += (times[i] - tMean) * (values[i] - yMean);
      stt += (times[i] - tMean) * (times[i] - tMean);
    }
    double slope = sty / stt;
    for (int j = 0; j < out.length; j++) {
      out[j] = yMean + slope * (futureTimes[j] - tMean);
    }
    return out;
  }

  static void check(double[] times, double[] values, double[] futureTimes) {
    if (times.length == 0 || times.length != values.length) {
      throw new IllegalArgumentException("need as many values as times, and at least one: "
          + times.length + " times, " + values.length + " values");
    }
    for (int i = 0; i < times.length; i++) {
      if (!Double.isFinite(times[i]) || !Double.isFinite(values[i])) {
        throw new IllegalArgumentException("point " + i + " is not finite: (" + times[i] + ", " + values[i] + ")");
      }
      if (i > 0 && times[i] <= times[i - 1]) {
        throw new IllegalArgumentException("times must increase strictly: " + times[i] + " after " + times[i - 1]);
      }
    }
    for (double f : futureTimes) {
      if (!(f > times[times.length - 1])) {
        throw new IllegalArgumentException("future time " + f + " is not after the last time "
            + times[times.length - 1]);
      }
    }
  }

  private abstract static class Named implements ForecastMethod {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A series on evenly spaced times, gaps filled by linear interpolation. */
  private record Grid(double start, double step, double[] values) {

    static Grid of(double[] times, double[] values) {
      long step = 0;
      for (int i = 1; i < times.length; i++) {
        double gap = times[i] - times[i - 1];
        if (gap != Math.rint(gap) || times[i] != Math.rint(times[i])) {
          throw new IllegalArgumentException("damped trend needs whole-number times (period ordinals): "
              + times[i - 1] + ", " + times[i]);
        }
        step = gcd(step, (long) gap);
      }
      int m = (int) Math.round((times[times.length - 1] - times[0]) / step) + 1;
      double[] grid = new double[m];
      int seg = 0;
      for (int j = 0; j < m; j++) {
        double t = times[0] + (double) j * step;
        while (seg < times.length - 2 && t > times[seg + 1]) {
          seg++;
        }
        double f = (t - times[seg]) / (times[seg + 1] - times[seg]);
        grid[j] = values[seg] + f * (values[seg + 1] - values[seg]);
      }
      return new Grid(times[0], step, grid);
    }

    double lastTime() {
      return start + (values.length - 1) * step;
    }

    private static long gcd(long a, long b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }

  /** The end state of a damped-trend fit and its in-sample squared error. */
  private record Damped(double level, double trend, double phi, double sse) {

    static Damped fit(double[] y, double alpha, double beta, double phi) {
      double level = y[0];
      double trend = y[1] - y[0];
      double sse = 0;
      for (int t = 1; t < y.length; t++) {
        double predicted = level + phi * trend;
        if (t >= 2) {
          sse += (y[t] - predicted) * (y[t] - predicted);
        }
        double newLevel = alpha * y[t] + (1 - alpha) * predicted;
        trend = beta * (newLevel - level) + (1 - beta) * phi * trend;
        level = newLevel;
      }
      return new Damped(level, trend, phi, sse);
    }

    double[] project(Grid g, double[] futureTimes) {
      double[] out = new double[futureTimes.length];
      for (int j = 0; j < out.length; j++) {
        double h = (futureTimes[j] - g.lastTime()) / g.step();
        out[j] = level + trend * phi * (1 - Math.pow(phi, h)) / (1 - phi);
      }
      return out;
    }
  }
}
