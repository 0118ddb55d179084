package io.dyadscope.importers;

import java.util.regex.Pattern;

/**
 * A value cell of a statistics download: a plain number ({@code 1743278}, {@code 1547.85}), a
 * number grouped in thousands ({@code 1,743,278}, as a quoted field), or a publisher's mark for
 * "no value" ({@code -} at UNHCR, {@code ..} at the World Bank, an empty cell anywhere). A
 * number carrying a footnote mark ({@code 1743278*}, {@code 1,200 e}, {@code 350[1]}) is refused:
 * the mark changes what the number means (estimate, provisional, break in series), and silently
 * dropping it would keep the number without its caveat.
 */
public final class StatNumber {

  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
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

  /** Reads {@code text}; the words in {@code noValue} (e.g. {@code -}) mean no value. */
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
    if (PLAIN.matcher(t).matches()) {
      return finite(t, Double.parseDouble(t));
    }
    if (GROUPED.matcher(t).matches()) {
      return finite(t, Double.parseDouble(t.replace(",", "")));
    }
    if (FOOTNOTED.matcher(t).matches()) {
      return new Cell(Double.NaN, false, "value '" + t + "' carries a footnote mark; the import does not guess what"
          + " it means: remove the mark and put its meaning in a note, or leave the cell empty");
    }
    return new Cell(Double.NaN, false, "not a number: '" + t + "'");
  }

  private static Cell finite(String t, double v) {
    return Double.isFinite(v) ? new Cell(v, false, null) : new Cell(Double.NaN, false, "not a finite number: '" + t + "'");
  }
}
