package io.dyadscope.analysis.monthly;

/**
 * The settings of the monthly models and their evaluation.
 *
 * @param horizons      months ahead forecast (1 to this)
 * @param poissonWindow months whose mean is the Poisson model's rate
 * @param nbWindow      months the negative binomial is fitted on (method of moments)
 * @param changeWindow  months whose h-month changes give the no-change model its spread
 * @param firstOrigin   months of history before the first rolling origin (at least the longest window)
 * @param alpha         the interval score's interval is the central {@code 1 - alpha}
 */
public record MonthlyOptions(int horizons, int poissonWindow, int nbWindow, int changeWindow, int firstOrigin,
    double alpha) {

  public MonthlyOptions {
    if (horizons < 1 || poissonWindow < 1 || nbWindow < 2 || changeWindow < 2 || firstOrigin < 1
        || !(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("monthly options out of range: " + horizons + ", " + poissonWindow + ", "
          + nbWindow + ", " + changeWindow + ", " + firstOrigin + ", " + alpha);
    }
  }

  /**
   * Six months ahead; Poisson on the last 12 months, the negative binomial on the last 24, the
   * no-change spread from the changes of the last 60; the first origin after 24 months; 90%
   * intervals for the interval score.
   */
  public static MonthlyOptions standard() {
    return new MonthlyOptions(6, 12, 24, 60, 24, 0.10);
  }

  /** The central interval's level, e.g. 0.9. */
  public double level() {
    return 1 - alpha;
  }
}
