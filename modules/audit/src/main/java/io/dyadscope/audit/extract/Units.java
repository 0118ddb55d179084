package io.dyadscope.audit.extract;

import java.util.Locale;

/**
 * Canonical units of the indicator catalogue ({@code USD million}, {@code count},
 * {@code percent}...) and how numbers convert into them.
 */
public final class Units {

  private Units() {}

  /**
   * How to read a unit.
   *
   * @param kind   the kind of number it holds
   * @param factor base units per unit: 1e6 for {@code USD million}
   */
  public record Unit(Amount.Kind kind, double factor) {}

  /** The unit named {@code text}, or null when it is not one Dyadscope converts. */
  public static Unit parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "count", "number", "people", "persons", "incidents":
        return new Unit(Amount.Kind.PLAIN, 1);
      case "percent", "%", "per cent", "percentage":
        return new Unit(Amount.Kind.PERCENT, 1);
      default:
        break;
    }
    if (t.startsWith("usd") || t.startsWith("us$") || t.startsWith("$")) {
      String rest = t.replaceFirst("^(usd|us\\$|\\$)\\s*", "");
      double f = scale(rest);
      return Double.isNaN(f) ? null : new Unit(Amount.Kind.MONEY, f);
    }
    return null;
  }

  /** 1e6 for {@code million}, {@code millions}, {@code mn}, {@code m}; NaN when not a scale word. */
  public static double scale(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return switch (w) {
      case "" -> 1;
      case "thousand", "thousands", "k", "000s", "'000" -> 1e3;
      case "million", "millions", "mn", "m", "mln" -> 1e6;
      case "billion", "billions", "bn", "b", "bln" -> 1e9;
      case "trillion", "trillions", "tn" -> 1e12;
      default -> Double.NaN;
    };
  }

  /** True when an amount can be a value of an indicator measured in {@code unit}. */
  public static boolean fits(Amount a, String unit) {
    Unit u = parse(unit);
    if (u == null) {
      return false;
    }
    return switch (u.kind()) {
      case PERCENT -> a.kind() == Amount.Kind.PERCENT;
      // A bare "62 billion" beside a money quantity is read as dollars; a bare "1,400" is not.
      case MONEY -> a.isUsd() || a.kind() == Amount.Kind.PLAIN && a.scaled();
      case PLAIN -> a.kind() == Amount.Kind.PLAIN;
    };
  }

  /** {@code base} (dollars, a count or percentage points) in {@code unit}. */
  public static double convert(double base, String unit) {
    Unit u = parse(unit);
    if (u == null) {
      throw new IllegalArgumentException("cannot convert into unit '" + unit + "'");
    }
    return base / u.factor();
  }

  /** A value in {@code from} expressed in {@code to}, or NaN when the units do not convert. */
  public static double convert(double value, String from, String to) {
    Unit a = parse(from);
    Unit b = parse(to);
    if (a == null || b == null || a.kind() != b.kind()) {
      return from != null && from.equalsIgnoreCase(to) ? value : Double.NaN;
    }
    return value * a.factor() / b.factor();
  }
}
