package io.dyadscope.evidence;

import java.math.BigDecimal;

/**
 * The precision a number carries by the way it was written, after statcheck's rule: a figure is
 * taken to be rounded to its last significant digit, so it stands for any value within half a unit
 * of that digit. Trailing zeros of a whole number are not significant ({@code 1400000} has two
 * significant digits and stands for 1350000 to 1450000).
 *
 * <p>Values are read through their shortest decimal representation ({@link Double#toString}), so
 * {@code 1.5} and {@code 1.50} cannot be told apart: both have one decimal.
 */
public final class Precision {

  private Precision() {
  }

  /**
   * Half of the unit of the last significant digit of {@code value}: {@code halfUnit(1700) = 50},
   * {@code halfUnit(1750) = 5}, {@code halfUnit(65) = 0.5}, {@code halfUnit(1.5) = 0.05}.
   *
   * @throws IllegalArgumentException when the value is not finite
   */
  public static double halfUnit(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("no precision for a value that is not finite: " + value);
    }
    int scale = BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros().scale();
    return 0.5 * Math.pow(10, -scale);
  }

  /**
   * Half of the unit of the last digit of a number written with {@code decimals} decimals and
   * multiplied by {@code scale}: {@code 1.4 million} (1 decimal, scale 1e6) stands for 1.4e6 ± 5e4.
   * For numbers read from text, whose written digits say more than a double can.
   */
  public static double halfUnit(int decimals, double scale) {
    return 0.5 * Math.pow(10, -decimals) * scale;
  }

  /**
   * True when {@code a} and {@code b} may be the same quantity written at different precision:
   * they differ by no more than the larger of their half units (plus a relative 1e-9 to absorb
   * binary rounding, so that 1.45 and 1.5 agree).
   */
  public static boolean agree(double a, double b) {
    double tolerance = Math.max(halfUnit(a), halfUnit(b));
    double epsilon = 1e-9 * Math.max(tolerance, Math.max(Math.abs(a), Math.abs(b)));
    return Math.abs(a - b) <= tolerance + epsilon;
  }
}
