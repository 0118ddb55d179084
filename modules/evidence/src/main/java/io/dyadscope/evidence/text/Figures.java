package io.dyadscope.evidence.text;

import io.dyadscope.evidence.number.StatNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats numbers for running text and tables, the same way on every machine (no locale).
 *
 * <ul>
 *   <li>{@link #plain}: thousands grouped with commas; millions and above written as
 *       {@code 1.42 million}; small numbers keep up to two decimals ({@code 0.8}, {@code 1.5}).
 *   <li>{@link #percent}: a percentage without decimals from 10 up, with one decimal below
 *       ({@code 29%}, {@code 1.4%}).
 *   <li>{@link #withUnit}: a value in its catalogue unit ({@code USD 1,900 million}, {@code 60%},
 *       {@code 1.42 million}).
 *   <li>{@link #exact}: a stored value with every significant digit, for listings of data.
 *   <li>{@link #quoted}, {@link #changePercent}: figures in the audit's messages.
 * </ul>
 */
public final class Figures {

  private Figures() {}

  /** A value for running text: {@code 1,900}, {@code 1.42 million}, {@code 0.8}. */
  public static String plain(double v) {
    double a = Math.abs(v);
    if (a >= 1_000_000_000) {
      return decimals(v / 1_000_000_000, 2) + " billion";
    }
    if (a >= 1_000_000) {
      return decimals(v / 1_000_000, 2) + " million";
    }
    return grouped(v);
  }

  /** A value for a table cell: every digit that matters, grouped ({@code 1,420,000}). */
  public static String cell(double v) {
    return grouped(v);
  }

  /** Grouped digits with up to two decimals, trailing zeros dropped: {@code 1,750}, {@code 1.5}. */
  public static String grouped(double v) {
    return group(decimals(v, Math.abs(v) >= 1000 ? 0 : 2));
  }

  /**
   * A stored value as it is, every significant digit kept and the whole part grouped:
   * {@code 1,420,000}, {@code 1.4235}, {@code -1,050}; empty for NaN. For listings of data, where
   * rounding would hide a difference.
   */
  public static String exact(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    String s = (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    return group(s.equals("-0") ? "0" : s);
  }

  /** A percentage change with its sign: {@code +1.4%}, {@code -29%}, {@code 0%}; empty for NaN. */
  public static String signedPercent(double p) {
    if (Double.isNaN(p)) {
      return "";
    }
    String n = percentNumber(p);
    return (p > 0 && !n.equals("0") ? "+" : "") + n + "%";
  }

  private static String group(String text) {
    boolean negative = text.startsWith("-");
    String digits = negative ? text.substring(1) : text;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + b + fraction;
  }

  /** A percentage of magnitude {@code |p|}: {@code 29%}, {@code 1.4%}. The sign is dropped. */
  public static String percentMagnitude(double p) {
    return percentNumber(Math.abs(p)) + "%";
  }

  /** A signed percentage: {@code -1.4%}, {@code 58%}. */
  public static String percent(double p) {
    return percentNumber(p) + "%";
  }

  /** The number part of {@link #percent}. */
  public static String percentNumber(double p) {
    return decimals(p, Math.abs(p) >= 10 ? 0 : 1);
  }

  /**
   * A value in a catalogue unit, for running text: {@code USD 1,900 million}, {@code USD 62
   * billion}, {@code 60%}, {@code 1.42 million}; any other unit follows the number.
   */
  public static String withUnit(double v, String unit) {
    if (unit.startsWith("USD ")) {
      return (v < 0 ? "-USD " : "USD ") + plain(Math.abs(v)) + " " + unit.substring(4);
    }
    if (unit.equals("USD")) {
      return (v < 0 ? "-USD " : "USD ") + plain(Math.abs(v));
    }
    if (unit.equals("percent")) {
      return grouped(v) + "%";
    }
    if (unit.equals("count")) {
      return plain(v);
    }
    return plain(v) + " " + unit;
  }

  /** The unit as a column or axis heading: {@code USD million}, {@code %}, {@code number}. */
  public static String unitHeading(String unit) {
    return switch (unit) {
      case "percent" -> "%";
      case "count" -> "number";
      default -> unit;
    };
  }

  /**
   * A computed value (a forecast or an interval bound) rounded to what its method can claim: whole
   * numbers from 100 up, two decimals below, and in millions (billions) two decimals of a million
   * (billion), as {@link #plain} writes them.
   */
  public static double round(double v) {
    return roundLike(v, v);
  }

  /** {@code v} rounded as {@link #round} would round {@code reference}: both bounds of a range alike. */
  public static double roundLike(double v, double reference) {
    double a = Math.abs(reference);
    if (a >= 1_000_000_000) {
      return StatNumber.decimal(decimals(v / 1_000_000_000, 2)) * 1_000_000_000;
    }
    if (a >= 1_000_000) {
      return StatNumber.decimal(decimals(v / 1_000_000, 2)) * 1_000_000;
    }
    return a >= 100 ? Math.rint(v) : StatNumber.decimal(decimals(v, 2));
  }

  /** A computed value for text: {@code 3,379}, {@code 0.83}, {@code 1.4 million}. */
  public static String approx(double v) {
    return plain(round(v));
  }

  /** A computed value with its unit, rounded as {@link #round}. */
  public static String approxWithUnit(double v, String unit) {
    return withUnit(round(v), unit);
  }

  /**
   * A computed range in one unit, both bounds rounded alike: {@code USD 36–204 million},
   * {@code 45–75%}, {@code 1.2 million–1.6 million}.
   */
  public static String range(double lo, double hi, String unit) {
    double ref = Math.max(Math.abs(lo), Math.abs(hi));
    double a = roundLike(lo, ref);
    double b = roundLike(hi, ref);
    if (unit.startsWith("USD ") && a >= 0) {
      return "USD " + plain(a) + "–" + plain(b) + " " + unit.substring(4);
    }
    if (unit.equals("percent")) {
      return grouped(a) + "–" + grouped(b) + "%";
    }
    if (unit.equals("count") || unit.startsWith("USD")) {
      return withUnit(a, unit) + "–" + withUnit(b, unit);
    }
    return plain(a) + "–" + plain(b) + " " + unit;
  }

  /**
   * A figure as a check's message quotes it: grouped, with decimals by magnitude (none from 100 and
   * for whole numbers, one from 10, two below) and infinity as a sign: {@code 1,750}, {@code 1.42},
   * {@code -1.41}, {@code 12.5}, {@code ∞}.
   */
  public static String quoted(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    double a = Math.abs(v);
    return group(decimals(v, v == Math.rint(v) || a >= 100 ? 0 : a >= 10 ? 1 : 2));
  }

  /** {@link #quoted} with its unit: {@code 1,750 USD million}, {@code 60%}, {@code 12} (a count). */
  public static String quotedWithUnit(double v, String unit) {
    return quoted(v) + ("percent".equals(unit) ? "%" : "count".equals(unit) ? "" : " " + unit);
  }

  /**
   * A computed change as a check states it, with its sign and two decimals so that a reader can
   * see how near a threshold it is: {@code -1.41%}, {@code +37.04%}, {@code 0.00%}.
   */
  public static String changePercent(double p) {
    return (p > 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.2f%%", p);
  }

  /** Exactly {@code places} decimals, no grouping, for statistics read as such: {@code 0.83}, {@code -2.350}. */
  public static String fixed(double v, int places) {
    return String.format(java.util.Locale.ROOT, "%." + places + "f", v);
  }

  /** {@link #fixed} with a sign always: {@code +1.4}, {@code -0.3}, {@code +0.0}. */
  public static String fixedSigned(double v, int places) {
    return String.format(java.util.Locale.ROOT, "%+." + places + "f", v);
  }

  /**
   * {@code digits} significant digits, grouped, no exponent, no trailing zeros: a fitted parameter
   * in a method's description ({@code 12.3}, {@code 0.0457}, {@code 1,230}).
   */
  public static String significant(double v, int digits) {
    String s = new BigDecimal(v).round(new java.math.MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros()
        .toPlainString();
    return group(s.equals("-0") ? "0" : s);
  }

  /** A count, grouped the same way on every machine: {@code 12,345}. */
  public static String count(long n) {
    return group(Long.toString(n));
  }

  /**
   * A value for data files and machine-read text: every significant digit, no grouping, no
   * exponent: {@code 1743278}, {@code 28746.4}, {@code -0.05}; empty for NaN.
   */
  public static String data(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** {@code v} rounded half-up to {@code places} decimals, trailing zeros dropped, no exponent. */
  public static String decimals(double v, int places) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    String s = d.toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
