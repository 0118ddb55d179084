package io.dyadscope.analysis.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain numbers for sentences. */
final class SentenceNumbers {

  private SentenceNumbers() {}

  /** Up to 6 significant digits, no exponent, no trailing zeros: 1743278, 28746.4, 0.05. */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal b = BigDecimal.valueOf(v);
    if (b.precision() - b.scale() < 6) {
      b = b.round(new java.math.MathContext(6, RoundingMode.HALF_UP));
    } else {
      b = b.setScale(0, RoundingMode.HALF_UP);
    }
    return b.stripTrailingZeros().toPlainString();
  }
}
