package io.dyadscope.importers;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The numbers an indicator file may hold: an optional sign, digits and an optional decimal point
 * ({@code 1400}, {@code +1050}, {@code -1.4}, {@code .5}), or digits grouped in thousands by commas
 * ({@code 1,400,000.5}), which a CSV field can only hold when quoted. Anything else, such as
 * {@code 1.4m}, {@code 1e3}, {@code N/A} or {@code 1,40}, is not a number: a scale belongs in the
 * unit column.
 */
final class PlainNumber {

  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private PlainNumber() {}

  static OptionalDouble parse(String text) {
    if (PLAIN.matcher(text).matches()) {
      return OptionalDouble.of(Double.parseDouble(text));
    }
    if (GROUPED.matcher(text).matches()) {
      return OptionalDouble.of(Double.parseDouble(text.replace(",", "")));
    }
    return OptionalDouble.empty();
  }
}
