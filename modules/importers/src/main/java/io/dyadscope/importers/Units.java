package io.dyadscope.importers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Conversion between scales of one unit: {@code USD}, {@code USD thousand}, {@code USD million},
 * {@code USD billion}; and {@code count}, {@code thousand}, {@code million}. Units are compared
 * ignoring case and runs of blanks; any unit converts to itself. Conversion multiplies or divides
 * by an exact power of ten, so a value that is a round decimal in one scale stays the nearest
 * double to the round decimal in the other (1.4 USD billion is 1400 USD million).
 */
public final class Units {

  private record Scale(String name, String base, double factor) {}

  private static final List<Scale> SCALES = List.of(
      new Scale("USD", "USD", 1),
      new Scale("USD thousand", "USD", 1e3),
      new Scale("USD million", "USD", 1e6),
      new Scale("USD billion", "USD", 1e9),
      new Scale("count", "count", 1),
      new Scale("thousand", "count", 1e3),
      new Scale("million", "count", 1e6));

  private Units() {}

  /**
   * {@code value} in {@code from} expressed in {@code to}, or empty when the two are not scales of
   * one unit.
   */
  public static OptionalDouble convert(double value, String from, String to) {
    if (normalise(from).equalsIgnoreCase(normalise(to))) {
      return OptionalDouble.of(value);
    }
    Optional<Scale> f = scale(from);
    Optional<Scale> t = scale(to);
    if (f.isEmpty() || t.isEmpty() || !f.get().base().equals(t.get().base())) {
      return OptionalDouble.empty();
    }
    double ff = f.get().factor();
    double tf = t.get().factor();
    return OptionalDouble.of(ff >= tf ? value * (ff / tf) : value / (tf / ff));
  }

  /** True when values in {@code from} can be expressed in {@code to}. */
  public static boolean convertible(String from, String to) {
    return convert(1, from, to).isPresent();
  }

  /** The other units {@code unit} converts from, in increasing scale; empty for units without scales. */
  public static List<String> scalesOf(String unit) {
    Optional<Scale> s = scale(unit);
    if (s.isEmpty()) {
      return List.of();
    }
    return SCALES.stream().filter(x -> x.base().equals(s.get().base()) && x != s.get()).map(Scale::name).toList();
  }

  private static Optional<Scale> scale(String unit) {
    String u = normalise(unit).toLowerCase(Locale.ROOT);
    return SCALES.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(u)).findFirst();
  }

  private static String normalise(String unit) {
    return unit == null ? "" : unit.strip().replaceAll("\\s+", " ");
  }
}
