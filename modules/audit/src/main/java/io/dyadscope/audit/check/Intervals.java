package io.dyadscope.audit.check;

import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.extract.Amount;

/**
 * The values a written number stands for (statcheck's reading): {@code 1.4 million} is every value
 * from 1.35 to 1.45 million; "over 1.42 million" has no upper end; "about" widens by 5%. Bounds are
 * half-open, so that 2 (1.5 to 2.5) and 3 (2.5 to 3.5) disagree.
 */
final class Intervals {

  /** How much "about", "nearly", "some" widen a number. */
  static final double ABOUT = 0.05;

  private Intervals() {}

  /** {low, high} of the values {@code c} admits, widened by the relative {@code tolerance}. */
  static double[] of(Claim c, double tolerance) {
    double slack = tolerance * Math.abs(c.value());
    double lo = c.low() - slack;
    double hi = c.high() + slack;
    switch (c.qualifier()) {
      case AT_LEAST -> hi = Double.POSITIVE_INFINITY;
      case AT_MOST -> lo = Double.NEGATIVE_INFINITY;
      case ABOUT -> {
        double w = ABOUT * Math.abs(c.value());
        lo = Math.min(lo, c.value() - w);
        hi = Math.max(hi, c.value() + w);
      }
      default -> { }
    }
    return new double[] {lo, hi};
  }

  /**
   * The rounding interval only, widened by {@code tolerance}: for arithmetic on written numbers. A
   * whole count written in full (140 incidents, 1,400,000 refugees) is exact: counts are not
   * rounded to the unit, while 1.4 million or 1,400 (in USD millions) are.
   */
  static double[] rounding(Claim c, double tolerance) {
    double slack = tolerance * Math.abs(c.value());
    if (exactCount(c)) {
      return new double[] {c.value() - slack, c.value() + slack};
    }
    return new double[] {c.low() - slack, c.high() + slack};
  }

  static boolean exactCount(Claim c) {
    return "count".equals(c.unit()) && c.high() - c.low() <= 1.0 + 1e-9 && c.value() == Math.rint(c.value());
  }

  /** The same for a table cell's amount (in base units). */
  static double[] rounding(Amount a, double tolerance) {
    double slack = tolerance * Math.abs(a.value());
    boolean exact = a.kind() == Dimension.COUNT && !a.scaled() && a.half() <= 0.5
        && a.value() == Math.rint(a.value());
    return exact ? new double[] {a.value() - slack, a.value() + slack}
        : new double[] {a.low() - slack, a.high() + slack};
  }

  /** True when the half-open intervals share a value (a point interval [v, v] is kept closed). */
  static boolean overlap(double[] a, double[] b) {
    return lowOf(a) < highOf(b) && lowOf(b) < highOf(a) || a[0] == a[1] && b[0] <= a[0] && a[0] < b[1]
        || b[0] == b[1] && a[0] <= b[0] && b[0] < a[1] || a[0] == a[1] && b[0] == b[1] && a[0] == b[0];
  }

  private static double lowOf(double[] x) {
    return x[0];
  }

  private static double highOf(double[] x) {
    return x[1];
  }
}
