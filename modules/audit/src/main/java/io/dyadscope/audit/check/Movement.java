package io.dyadscope.audit.check;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.extract.Direction;

/**
 * How a quantity moved between two written figures, allowing for rounding: up, down, or flat
 * when the intervals the figures stand for overlap.
 *
 * @param direction up or down, or null when flat within rounding
 * @param percent   the change in percent of the first figure (NaN when it is zero)
 * @param low       lowest change in percent the written figures allow
 * @param high      highest change in percent they allow
 */
record Movement(Direction direction, double percent, double low, double high) {

  static Movement between(Claim from, Claim to, double tolerance) {
    double[] a = Intervals.rounding(from, tolerance);
    double[] b = Intervals.rounding(to, tolerance);
    Direction d = b[0] >= a[1] && to.value() > from.value() ? Direction.UP
        : b[1] <= a[0] && to.value() < from.value() ? Direction.DOWN : null;
    if (from.value() == 0 || a[0] <= 0 && a[1] >= 0) {
      return new Movement(d, Double.NaN, Double.NaN, Double.NaN);
    }
    double pct = (to.value() - from.value()) / Math.abs(from.value()) * 100;
    double lo;
    double hi;
    if (a[0] > 0) {
      lo = (b[0] / a[1] - 1) * 100;
      hi = (b[1] / a[0] - 1) * 100;
    } else {
      lo = pct;
      hi = pct;
    }
    return new Movement(d, pct, Math.min(lo, hi), Math.max(lo, hi));
  }

  /** "from 1,900 in 2022 (line 20) to 1,750 in 2024 (line 437, Table 1)". */
  static String describe(Claim from, Claim to) {
    return "from " + from.written() + (from.period() == null ? "" : " in " + from.period()) + " (" + where(from)
        + ") to " + to.written() + (to.period() == null ? "" : " in " + to.period()) + " (" + where(to) + ")";
  }

  private static String where(Claim c) {
    return c.location().startsWith("observation ") ? c.location() : c.where();
  }
}
