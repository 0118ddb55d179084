package io.dyadscope.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The one units vocabulary: the catalogue's canonical units ({@code USD million}, {@code count},
 * {@code percent}) and their scales, for importers, the audit and the dossier alike.
 *
 * <p>A unit is a {@link Dimension} and a factor of base units (dollars, items, percentage points):
 * {@code USD billion} is money times 1e9, {@code thousand} is a count times 1e3. Units are compared
 * ignoring case and runs of blanks; any unit converts to itself, also one this class does not know
 * ({@code index}). Conversion multiplies or divides by an exact power of ten, so a round decimal in
 * one scale stays the nearest double to the round decimal in the other (1.4 USD billion is 1400
 * USD million).
 */
public final class Units {

  /** What a number counts. */
  public enum Dimension { COUNT, PERCENT, MONEY }

  /**
   * How to read a unit.
   *
   * @param dimension what the numbers count
   * @param factor    base units per unit: 1e6 for {@code USD million}
   */
  public record Unit(Dimension dimension, double factor) {
    public Unit {
      if (!(factor > 0)) {
        throw new IllegalArgumentException("unit factor must be positive: " + factor);
      }
    }
  }

  private record Scale(String name, Dimension dimension, double factor) {}

  /** The canonical names, in increasing scale within each dimension. */
  private static final List<Scale> CANONICAL = List.of(
      new Scale("USD", Dimension.MONEY, 1),
      new Scale("USD thousand", Dimension.MONEY, 1e3),
      new Scale("USD million", Dimension.MONEY, 1e6),
      new Scale("USD billion", Dimension.MONEY, 1e9),
      new Scale("count", Dimension.COUNT, 1),
      new Scale("thousand", Dimension.COUNT, 1e3),
      new Scale("million", Dimension.COUNT, 1e6));

  /** Compiled once: {@link #parse} runs for every amount the audit matches against a quantity's unit. */
  private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(usd|us\\$|\\$)\\s*");

  private Units() {}

  /**
   * The unit named {@code text}: a canonical name, or the ways reports write them ({@code US$ bn},
   * {@code $ millions}, {@code people}, {@code %}); empty when it is not one Dyadscope converts.
   */
  public static Optional<Unit> parse(String text) {
    String t = normalise(text).toLowerCase(Locale.ROOT);
    switch (t) {
      case "count", "number", "people", "persons", "incidents":
        return Optional.of(new Unit(Dimension.COUNT, 1));
      case "percent", "%", "per cent", "percentage":
        return Optional.of(new Unit(Dimension.PERCENT, 1));
      case "thousand":
        return Optional.of(new Unit(Dimension.COUNT, 1e3));
      case "million":
        return Optional.of(new Unit(Dimension.COUNT, 1e6));
      default:
        break;
    }
    if (t.startsWith("usd") || t.startsWith("us$") || t.startsWith("$")) {
      double f = scaleWord(CURRENCY_PREFIX.matcher(t).replaceFirst(""));
      return Double.isNaN(f) ? Optional.empty() : Optional.of(new Unit(Dimension.MONEY, f));
    }
    return Optional.empty();
  }

  /** 1e6 for {@code million}, {@code millions}, {@code mn}, {@code m}; 1 for none; NaN when not a scale word. */
  public static double scaleWord(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "" -> 1;
      case "thousand", "thousands", "k", "000s", "'000" -> 1e3;
      case "million", "millions", "mn", "m", "mln" -> 1e6;
      case "billion", "billions", "bn", "b", "bln" -> 1e9;
      case "trillion", "trillions", "tn" -> 1e12;
      default -> Double.NaN;
    };
  }

  /**
   * {@code value} in {@code from} expressed in {@code to}, or empty when the two are not scales of
   * one unit.
   */
  public static OptionalDouble convert(double value, String from, String to) {
    if (normalise(from).equalsIgnoreCase(normalise(to))) {
      return OptionalDouble.of(value);
    }
    Optional<Unit> f = canonical(from);
    Optional<Unit> t = canonical(to);
    if (f.isEmpty() || t.isEmpty() || f.get().dimension() != t.get().dimension()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rescale(value, f.get().factor(), t.get().factor()));
  }

  /**
   * As {@link #convert(double, String, String)}, reading both units as reports write them
   * ({@link #parse}); NaN when they do not convert.
   */
  public static double convertLoosely(double value, String from, String to) {
    if (normalise(from).equalsIgnoreCase(normalise(to))) {
      return value;
    }
    Optional<Unit> f = parse(from);
    Optional<Unit> t = parse(to);
    if (f.isEmpty() || t.isEmpty() || f.get().dimension() != t.get().dimension()) {
      return Double.NaN;
    }
    return rescale(value, f.get().factor(), t.get().factor());
  }

  /** {@code base} (dollars, a count or percentage points) expressed in {@code unit}. */
  public static double fromBase(double base, String unit) {
    Unit u = parse(unit).orElseThrow(() -> new IllegalArgumentException("cannot convert into unit '" + unit + "'"));
    return rescale(base, 1, u.factor());
  }

  /** True when values in {@code from} can be expressed in {@code to}. */
  public static boolean convertible(String from, String to) {
    return convert(1, from, to).isPresent();
  }

  /** The other canonical units {@code unit} converts from, in increasing scale; empty for units without scales. */
  public static List<String> scalesOf(String unit) {
    Optional<Scale> s = CANONICAL.stream().filter(x -> x.name().equalsIgnoreCase(normalise(unit))).findFirst();
    if (s.isEmpty()) {
      return List.of();
    }
    return CANONICAL.stream().filter(x -> x.dimension() == s.get().dimension() && x != s.get())
        .map(Scale::name).toList();
  }

  private static Optional<Unit> canonical(String unit) {
    String u = normalise(unit);
    return CANONICAL.stream().filter(s -> s.name().equalsIgnoreCase(u)).findFirst()
        .map(s -> new Unit(s.dimension(), s.factor()));
  }

  /** Divides by whole powers of ten rather than multiplying by fractions, to keep round decimals round. */
  private static double rescale(double value, double fromFactor, double toFactor) {
    return fromFactor >= toFactor ? value * (fromFactor / toFactor) : value / (toFactor / fromFactor);
  }

  private static String normalise(String unit) {
    if (unit == null) {
      return "";
    }
    String u = unit.strip();
    // Most units hold single spaces already: only a run of white space, or a tab, needs the regex
    // (called for every claim the audit reads, so compiling it each time showed in profiles).
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || i + 1 < u.length() && Character.isWhitespace(u.charAt(i + 1)))) {
        return SPACES.matcher(u).replaceAll(" ");
      }
    }
    return u;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
