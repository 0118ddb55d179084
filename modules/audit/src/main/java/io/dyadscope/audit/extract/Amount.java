package io.dyadscope.audit.extract;

import io.dyadscope.audit.Qualifier;
import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Units.Dimension;

/**
 * A number as a report writes it, read into base units (US dollars, a count, or percentage
 * points) with the interval it stands for.
 *
 * @param value     the number times its scale: {@code $1.9 billion} is 1.9e9
 * @param half      half the last written digit's place times the scale: 0.05e9 for
 *                  {@code 1.9 billion}, 0.5 for {@code 1,400}
 * @param kind      plain number, percentage or money
 * @param currency  ISO currency code for money ({@code USD}), else empty
 * @param scaled    true when written with a scale word ({@code million}, {@code bn})
 * @param qualifier "over", "about"... before it
 * @param written   the words as written, e.g. {@code $1.9 billion}
 * @param start     offset of its first character
 * @param end       offset just past its last character
 */
public record Amount(double value, double half, Dimension kind, String currency, boolean scaled, Qualifier qualifier,
    String written, int start, int end) {

  public Amount {
    if (!Double.isFinite(value) || !(half >= 0)) {
      throw new IllegalArgumentException("bad amount " + value + " ± " + half + " for '" + written + "'");
    }
    currency = currency == null ? "" : currency;
  }

  /** Lowest value the written number stands for. */
  public double low() {
    return value - half;
  }

  /** Highest value the written number stands for (exclusive). */
  public double high() {
    return value + half;
  }

  /** True when this amount can be a value of an indicator measured in {@code unit}. */
  public boolean fits(String unit) {
    return Units.parse(unit).map(u -> switch (u.dimension()) {
      case PERCENT -> kind == Dimension.PERCENT;
      // A bare "62 billion" beside a money quantity is read as dollars; a bare "1,400" is not.
      case MONEY -> isUsd() || kind == Dimension.COUNT && scaled;
      case COUNT -> kind == Dimension.COUNT;
    }).orElse(false);
  }

  public boolean isUsd() {
    return kind == Dimension.MONEY && currency.equals("USD");
  }
}
