package io.dyadscope.audit.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers for messages: thousands separators, no needless decimals. */
final class MessageNumbers {

  private MessageNumbers() {}

  /** {@code 1,750}, {@code 1.42}, {@code -1.41}. */
  static String num(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    double a = Math.abs(v);
    int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    if (v == Math.rint(v)) {
      decimals = 0;
    }
    BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMaximumFractionDigits(Math.max(0, b.scale()));
    return f.format(b);
  }

  /** A percentage with sign and two decimals: {@code -1.41%}, {@code +37.04%}. */
  static String pct(double v) {
    return (v > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f%%", v);
  }

  /** A value with its unit: {@code 1,750 USD million}, {@code 60 percent}. */
  static String withUnit(double v, String unit) {
    return num(v) + ("percent".equals(unit) ? "%" : "count".equals(unit) ? "" : " " + unit);
  }
}
