package io.dyadscope.evidence.number;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Dyadscope's one reader of numbers in data files. A number is a plain decimal ({@code 1400},
 * {@code +1050}, {@code -1.4}, {@code .5}) or digits grouped in thousands by commas
 * ({@code 1,400,000.5}, which a CSV field can only hold when quoted).
 *
 * <p>Two readings share that grammar. {@link #plain} is the tidy indicator file's: nothing else is a
 * number, not {@code 1.4m}, {@code 1e3}, {@code N/A} or {@code 1,40}, since a scale belongs in the
 * unit column. {@link #read} is a publisher's value cell: an exponent is read too, a publisher's
 * mark for "no value" ({@code -} at UNHCR, {@code ..} at the World Bank, an empty cell anywhere) is
 * no value, and a number carrying a footnote mark ({@code 1743278*}, {@code 1,200 e},
 * {@code 350[1]}) is refused: the mark changes what the number means (estimate, provisional, break
 * in series), and silently dropping it would keep the number without its caveat.
 *
 * <p>Text that a machine wrote or that a caller has already matched as digits (Dyadscope's own logs,
 * reference tables shipped in the jar, coordinates in an event row, an API's value, a rounded
 * figure) is read by {@link #decimal} as Java reads a double, or by {@link #exactDecimal} digit for
 * digit. Every decimal number read from text goes through this class, so that what each reading
 * accepts is written in one place (ArchitectureTest holds every other class to it; whole numbers are
 * read with {@code Integer.parseInt} where they are counts or codes).
 */
public final class StatNumber {

  private static final String DECIMAL = "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)";
  private static final Pattern PLAIN = Pattern.compile(DECIMAL);
  private static final Pattern WITH_EXPONENT = Pattern.compile(DECIMAL + "([eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern FOOTNOTED = Pattern.compile(
      "([+-]?[\\d.,]*\\d)\\s*(\\*+|[a-zA-Z]{1,2}|\\(\\w{1,3}\\)|\\[\\w{1,3}\\]|[\u2020\u2021\u00a7]|/\\d)");

  /** A cell read: a value, no value, or why it is not a number. */
  public record Cell(double value, boolean missing, String problem) {
    public boolean ok() {
      return problem == null;
    }

    public boolean present() {
      return problem == null && !missing;
    }
  }

  private StatNumber() {}

  /** The number {@code text} is exactly (no spaces, no exponent), or empty. */
  public static OptionalDouble plain(String text) {
    return number(text, PLAIN);
  }

  /** Reads a value cell {@code text}; the words in {@code noValue} (e.g. {@code -}) mean no value. */
  public static Cell read(String text, String... noValue) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return new Cell(Double.NaN, true, null);
    }
    for (String n : noValue) {
      if (t.equals(n)) {
        return new Cell(Double.NaN, true, null);
      }
    }
    OptionalDouble v = number(t, WITH_EXPONENT);
    if (v.isPresent()) {
      return Double.isFinite(v.getAsDouble()) ? new Cell(v.getAsDouble(), false, null)
          : new Cell(Double.NaN, false, "not a finite number: '" + t + "'");
    }
    if (FOOTNOTED.matcher(t).matches()) {
      return new Cell(Double.NaN, false, "value '" + t + "' carries a footnote mark; the import does not guess what"
          + " it means: remove the mark and put its meaning in a note, or leave the cell empty");
    }
    return new Cell(Double.NaN, false, "not a number: '" + t + "'");
  }

  /**
   * {@code text} read as Java reads a double ({@link Double#parseDouble}): white space around it is
   * ignored, an exponent, {@code NaN} and {@code Infinity} are read.
   *
   * @throws NumberFormatException "not a number: 'text'"
   */
  public static double decimal(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new NumberFormatException("not a number: '" + text + "'");
    }
  }

  /**
   * {@code text} read digit for digit, without rounding to a double (as {@link BigDecimal#BigDecimal(String)}:
   * an exponent is read, white space is not).
   *
   * @throws NumberFormatException "not a number: 'text'"
   */
  public static BigDecimal exactDecimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new NumberFormatException("not a number: '" + text + "'");
    }
  }

  private static OptionalDouble number(String text, Pattern decimal) {
    if (decimal.matcher(text).matches()) {
      return OptionalDouble.of(Double.parseDouble(text));
    }
    if (GROUPED.matcher(text).matches()) {
      return OptionalDouble.of(Double.parseDouble(text.replace(",", "")));
    }
    return OptionalDouble.empty();
  }
}
