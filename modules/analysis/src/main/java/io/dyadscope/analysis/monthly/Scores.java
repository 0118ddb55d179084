package io.dyadscope.analysis.monthly;

/**
 * Proper scores of a predictive distribution against the count observed, as the VIEWS prediction
 * challenge uses them; lower is better for all three.
 *
 * <ul>
 *   <li>CRPS (continuous ranked probability score), in the count's units: for a count, exactly
 *       {@code sum over k >= 0 of (F(k) - 1{y <= k})^2} (Gneiting and Raftery 2007, section 4.2);
 *       a point forecast scores its absolute error.</li>
 *   <li>Ignorance: {@code -log2 P(X = y)}, in bits; a probability below {@link #IGNORANCE_FLOOR}
 *       counts as the floor, so that one outcome the forecast ruled out does not make every mean
 *       infinite.</li>
 *   <li>Interval score of the central {@code (1 - alpha)} interval [l, u] (Gneiting and Raftery
 *       2007, eq. 43): {@code (u - l) + 2/alpha (l - y) 1{y < l} + 2/alpha (y - u) 1{y > u}}.</li>
 * </ul>
 */
public final class Scores {

  /** The least probability the ignorance score credits (at most 13.3 bits per forecast). */
  public static final double IGNORANCE_FLOOR = 1e-4;

  private Scores() {}

  /** CRPS of {@code f} for the whole count {@code y >= 0}. */
  public static double crps(Predictive f, int y) {
    if (y < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + y);
    }
    double sum = 0;
    int last = Math.max(f.max(), y);
    for (int k = 0; k <= last; k++) {
      double d = f.cdf(k) - (y <= k ? 1 : 0);
      sum += d * d;
    }
    return sum;
  }

  /** Ignorance of {@code f} for {@code y}, in bits. */
  public static double ignorance(Predictive f, int y) {
    return -Math.log(Math.max(IGNORANCE_FLOOR, f.probability(y))) / Math.log(2);
  }

  /** Interval score of [{@code lo}, {@code hi}] as a central {@code 1 - alpha} interval, for {@code y}. */
  public static double intervalScore(double lo, double hi, double alpha, double y) {
    if (!(alpha > 0 && alpha < 1) || lo > hi) {
      throw new IllegalArgumentException("interval score needs lo <= hi and 0 < alpha < 1: [" + lo + ", " + hi
          + "], " + alpha);
    }
    return (hi - lo) + (y < lo ? 2 / alpha * (lo - y) : 0) + (y > hi ? 2 / alpha * (y - hi) : 0);
  }

  /** Interval score of {@code f}'s central {@code 1 - alpha} interval. */
  public static double intervalScore(Predictive f, double alpha, int y) {
    int[] i = f.interval(1 - alpha);
    return intervalScore(i[0], i[1], alpha, y);
  }
}
