package io.dyadscope.analysis.monthly;

import java.util.ArrayList;
import java.util.List;

/**
 * The monthly forecasting models. Each turns the months before an origin into one predictive
 * distribution per horizon; none looks past the origin.
 *
 * <ul>
 *   <li>{@link #NO_CHANGE}: last month's count as the point, spread by the h-month changes seen
 *       over the last {@code changeWindow} months (each change added to the last count, below 0
 *       counted as 0); a baseline.</li>
 *   <li>{@link #POISSON}: Poisson with the mean of the last {@code poissonWindow} months; a baseline.</li>
 *   <li>{@link #NEGATIVE_BINOMIAL}: negative binomial fitted by the method of moments on the last
 *       {@code nbWindow} months (size = mean^2 / (variance - mean)); Poisson when the window is not
 *       over-dispersed.</li>
 *   <li>{@link #ENSEMBLE}: the equally weighted mixture of the three.</li>
 * </ul>
 */
public enum MonthlyModel {
  NO_CHANGE("no-change"),
  POISSON("Poisson"),
  NEGATIVE_BINOMIAL("negative binomial"),
  ENSEMBLE("ensemble");

  private final String label;

  MonthlyModel(String label) {
    this.label = label;
  }

  public String label() { return label; }

  /** True for the no-change and Poisson baselines every model is measured against. */
  public boolean baseline() {
    return this == NO_CHANGE || this == POISSON;
  }

  /** One distribution per horizon 1..{@code o.horizons()} from {@code history} (oldest first, not empty). */
  public List<Predictive> forecast(double[] history, MonthlyOptions o) {
    return switch (this) {
      case NO_CHANGE -> noChange(history, o);
      case POISSON -> same(Predictive.poisson(mean(tail(history, o.poissonWindow()))), o);
      case NEGATIVE_BINOMIAL -> same(negativeBinomial(tail(history, o.nbWindow())), o);
      case ENSEMBLE -> {
        List<Predictive> a = NO_CHANGE.forecast(history, o);
        List<Predictive> b = POISSON.forecast(history, o);
        List<Predictive> c = NEGATIVE_BINOMIAL.forecast(history, o);
        List<Predictive> out = new ArrayList<>();
        for (int h = 0; h < o.horizons(); h++) {
          out.add(Predictive.mixture(List.of(a.get(h), b.get(h), c.get(h))));
        }
        yield out;
      }
    };
  }

  /** What the model made of {@code history}, in words with its fitted numbers. */
  public String basis(double[] history, MonthlyOptions o) {
    double[] p = tail(history, o.poissonWindow());
    double[] nb = tail(history, o.nbWindow());
    return switch (this) {
      case NO_CHANGE -> "last month's " + whole(history[history.length - 1]) + ", spread by the changes over the last "
          + Math.min(history.length, o.changeWindow()) + " months";
      case POISSON -> "Poisson with the mean of the last " + p.length + " months, " + fixed(mean(p));
      case NEGATIVE_BINOMIAL -> {
        double m = mean(nb);
        double v = variance(nb, m);
        yield v > m && m > 0 ? "negative binomial on the last " + nb.length + " months: mean " + fixed(m) + ", size "
            + fixed(m * m / (v - m)) : "Poisson with the mean of the last " + nb.length + " months, " + fixed(m)
            + " (not over-dispersed)";
      }
      case ENSEMBLE -> "equal mixture of the no-change, Poisson and negative binomial distributions";
    };
  }

  static List<Predictive> noChange(double[] history, MonthlyOptions o) {
    int n = history.length;
    double last = history[n - 1];
    int from = Math.max(0, n - o.changeWindow());
    List<Predictive> out = new ArrayList<>();
    for (int h = 1; h <= o.horizons(); h++) {
      List<Double> outcomes = new ArrayList<>();
      for (int i = from; i + h <= n - 1; i++) {
        outcomes.add(last + history[i + h] - history[i]);
      }
      out.add(outcomes.isEmpty() ? Predictive.pointMass(last)
          : Predictive.empirical(outcomes.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return out;
  }

  static Predictive negativeBinomial(double[] window) {
    double m = mean(window);
    double v = variance(window, m);
    return v > m && m > 0 ? Predictive.negativeBinomial(m, m * m / (v - m)) : Predictive.poisson(m);
  }

  private static List<Predictive> same(Predictive d, MonthlyOptions o) {
    List<Predictive> out = new ArrayList<>();
    for (int h = 0; h < o.horizons(); h++) {
      out.add(d);
    }
    return out;
  }

  static double[] tail(double[] history, int n) {
    return java.util.Arrays.copyOfRange(history, Math.max(0, history.length - n), history.length);
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? 0 : s / v.length;
  }

  /** The sample variance (n - 1); 0 for fewer than two values. */
  static double variance(double[] v, double mean) {
    if (v.length < 2) {
      return 0;
    }
    double s = 0;
    for (double x : v) {
      s += (x - mean) * (x - mean);
    }
    return s / (v.length - 1);
  }

  private static String fixed(double v) {
    return io.dyadscope.evidence.text.Figures.significant(v, 3);
  }

  private static String whole(double v) {
    return io.dyadscope.evidence.text.Figures.count(Math.round(v));
  }
}
