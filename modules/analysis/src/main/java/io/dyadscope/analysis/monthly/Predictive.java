package io.dyadscope.analysis.monthly;

import java.util.Arrays;
import java.util.List;

/**
 * A predictive distribution of a monthly count: probabilities of 0, 1, 2, ... as a probability mass
 * function (the mass beyond the last entry, less than {@value #TAIL}, is added to the last entry so
 * that it sums to 1). Quantiles, intervals and the scores in {@link Scores} read it exactly.
 */
public final class Predictive {

  /** Mass left out of a distribution's upper tail. */
  public static final double TAIL = 1e-10;
  /** Never more entries than this (a count of a million a month is beyond any series here). */
  static final int MAX_SUPPORT = 1_000_000;

  private final double[] pmf;
  private final double[] cdf;

  private Predictive(double[] pmf) {
    this.pmf = pmf;
    this.cdf = new double[pmf.length];
    double c = 0;
    for (int k = 0; k < pmf.length; k++) {
      c += pmf[k];
      cdf[k] = c;
    }
    cdf[pmf.length - 1] = 1;
  }

  /** All mass on {@code value} (rounded to a whole count, negatives to 0). */
  public static Predictive pointMass(double value) {
    int v = (int) Math.max(0, Math.round(value));
    double[] p = new double[v + 1];
    p[v] = 1;
    return new Predictive(p);
  }

  /** Poisson with mean {@code lambda >= 0}. */
  public static Predictive poisson(double lambda) {
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("Poisson mean must be finite and >= 0: " + lambda);
    }
    if (lambda == 0) {
      return pointMass(0);
    }
    double logLambda = Math.log(lambda);
    return fromLog(-lambda, (k, previous) -> previous + logLambda - Math.log(k), lambda);
  }

  /**
   * Negative binomial with mean {@code mean} and size (dispersion) {@code size > 0}: variance
   * {@code mean + mean^2 / size}; as size grows it tends to the Poisson.
   */
  public static Predictive negativeBinomial(double mean, double size) {
    if (!(mean >= 0) || !(size > 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("negative binomial needs mean >= 0 and size > 0: " + mean + ", " + size);
    }
    if (mean == 0) {
      return pointMass(0);
    }
    // log P(0) = size log(size / (size + mean)); P(k) / P(k - 1) = (k - 1 + size) / k * mean / (size + mean),
    // a recurrence that stays exact where log-gamma differences of a large size would cancel
    double logP0 = -size * Math.log1p(mean / size);
    double logQ = Math.log(mean / (size + mean));
    return fromLog(logP0, (k, previous) -> previous + Math.log((k - 1 + size) / k) + logQ, mean);
  }

  /** Each value (rounded to a whole count, negatives to 0) with equal probability. */
  public static Predictive empirical(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("an empirical distribution needs at least one value");
    }
    int max = 0;
    for (double v : values) {
      max = Math.max(max, (int) Math.max(0, Math.round(v)));
    }
    double[] p = new double[max + 1];
    for (double v : values) {
      p[(int) Math.max(0, Math.round(v))] += 1.0 / values.length;
    }
    return new Predictive(p);
  }

  /** The equally weighted mixture of {@code parts}. */
  public static Predictive mixture(List<Predictive> parts) {
    int n = parts.stream().mapToInt(d -> d.pmf.length).max().orElseThrow();
    double[] p = new double[n];
    for (Predictive d : parts) {
      for (int k = 0; k < d.pmf.length; k++) {
        p[k] += d.pmf[k] / parts.size();
      }
    }
    return new Predictive(p);
  }

  /** The logarithm of P(k) from that of P(k - 1). */
  private interface LogStep {
    double next(int k, double previous);
  }

  /**
   * Probabilities from their logarithms (log P(0), then a recurrence), from 0 until all but
   * {@link #TAIL} of the mass past the mean is held; rescaled to sum to 1.
   */
  private static Predictive fromLog(double logP0, LogStep step, double mean) {
    double[] p = new double[Math.max(16, (int) Math.min(MAX_SUPPORT, 2 * mean + 16))];
    double total = 0;
    double log = logP0;
    int k = 0;
    while (k < MAX_SUPPORT) {
      if (k == p.length) {
        p = Arrays.copyOf(p, Math.min(MAX_SUPPORT, p.length * 2));
      }
      if (k > 0) {
        log = step.next(k, log);
      }
      p[k] = Math.exp(log);
      total += p[k];
      k++;
      // past the mean: stop when the mass is held, or (rounding) when the terms no longer count
      if (k > mean && (1 - total < TAIL || p[k - 1] < 1e-18)) {
        break;
      }
    }
    double[] out = Arrays.copyOf(p, k);
    if (total > 1) {
      for (int i = 0; i < k; i++) {
        out[i] /= total;
      }
    } else {
      out[k - 1] += 1 - total;
    }
    return new Predictive(out);
  }

  /** P(X = k). */
  public double probability(int k) {
    return k < 0 || k >= pmf.length ? 0 : pmf[k];
  }

  /** P(X <= k). */
  public double cdf(int k) {
    return k < 0 ? 0 : k >= cdf.length ? 1 : cdf[k];
  }

  /** The largest count with positive probability held (the support runs from 0 to here). */
  public int max() {
    return pmf.length - 1;
  }

  public double mean() {
    double m = 0;
    for (int k = 0; k < pmf.length; k++) {
      m += k * pmf[k];
    }
    return m;
  }

  /** The smallest count whose cumulative probability reaches {@code p} (0 < p < 1). */
  public int quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("quantile level must lie in (0, 1): " + p);
    }
    int i = Arrays.binarySearch(cdf, p - 1e-12);
    int k = i >= 0 ? i : -i - 1;
    while (k > 0 && cdf[k - 1] >= p - 1e-12) {
      k--;
    }
    return Math.min(k, pmf.length - 1);
  }

  /** The central interval holding {@code level} of the mass: quantiles (1 - level)/2 and (1 + level)/2. */
  public int[] interval(double level) {
    return new int[] {quantile((1 - level) / 2), quantile((1 + level) / 2)};
  }
}
