package io.dyadscope.analysis;

/**
 * A closed range of values {@code [lo, hi]}; bounds may be infinite.
 *
 * @param lo lower bound, not NaN
 * @param hi upper bound, not NaN, {@code >= lo}
 */
public record Interval(double lo, double hi) {

  public Interval {
    if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
      throw new IllegalArgumentException("not an interval: [" + lo + ", " + hi + "]");
    }
  }

  /** True when {@code lo <= value <= hi}. */
  public boolean contains(double value) {
    return value >= lo && value <= hi;
  }

  public double width() {
    return hi - lo;
  }

  /** This interval with both bounds moved into {@code [min, max]}. */
  public Interval clamp(double min, double max) {
    return new Interval(Math.min(Math.max(lo, min), max), Math.min(Math.max(hi, min), max));
  }
}
