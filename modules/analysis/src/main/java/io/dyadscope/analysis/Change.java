package io.dyadscope.analysis;

import io.dyadscope.evidence.Period;
import java.util.Objects;

/**
 * How a value moved between two periods.
 *
 * @param from      the earlier period
 * @param to        the later period, not before {@code from} and of the same granularity
 * @param fromValue the value at {@code from}, finite
 * @param toValue   the value at {@code to}, finite
 */
public record Change(Period from, Period to, double fromValue, double toValue) {

  public Change {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAnnual() != to.isAnnual()) {
      throw new IllegalArgumentException("change mixes an annual and a monthly period: " + from + " and " + to);
    }
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("change runs backwards: from " + from + " to " + to);
    }
    if (!Double.isFinite(fromValue) || !Double.isFinite(toValue)) {
      throw new IllegalArgumentException("change " + from + "-" + to + " has a value that is not finite: "
          + fromValue + ", " + toValue);
    }
  }

  /** The change from point {@code a} to the later point {@code b}. */
  public static Change between(Point a, Point b) {
    return new Change(a.period(), b.period(), a.value(), b.value());
  }

  /** {@code toValue - fromValue}. */
  public double absolute() {
    return toValue - fromValue;
  }

  /**
   * The change in percent of the starting value's magnitude, so that the sign always follows the
   * direction; NaN when {@code fromValue} is 0.
   */
  public double percent() {
    return fromValue == 0 ? Double.NaN : absolute() / Math.abs(fromValue) * 100;
  }

  /**
   * Compound annual rate in percent over {@code from.yearsUntil(to)}: {@code ((to/from)^(1/years) - 1) * 100}.
   * NaN when no time passes or when the values do not stay positive (a compound rate across zero
   * or between negative values has no meaning); a fall to exactly 0 gives -100.
   */
  public double annualRate() {
    double years = from.yearsUntil(to);
    if (years <= 0 || fromValue <= 0 || toValue < 0) {
      return Double.NaN;
    }
    return (Math.pow(toValue / fromValue, 1 / years) - 1) * 100;
  }

  /** "rose", "fell" or "was unchanged", for running text. */
  public String direction() {
    return toValue > fromValue ? "rose" : toValue < fromValue ? "fell" : "was unchanged";
  }
}
