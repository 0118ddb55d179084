package io.dyadscope.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for terminal output. */
final class Numbers {

  private Numbers() {}

  /** Plain value without float noise: 1700, 1.5, -1.4. */
  static String plain(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** One decimal place, for percentages and rates. */
  static String pct(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%+.1f%%", v);
  }

  /** Percentage without sign, for sentences that carry the direction in a word. */
  static String pctAbs(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f%%", Math.abs(v));
  }

  /** Rounded to a sensible number of decimals for display. */
  static String round(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double a = Math.abs(v);
    String s = a >= 100 || Math.abs(v - Math.rint(v)) < 0.005 ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
    return s.equals("-0") ? "0" : s;
  }
}
