package io.dyadscope.dossier.official;

/**
 * A cell of an official-statistics table: its text, and its number when it is one (NaN for text
 * and empty cells), so renderers can align numbers and JSON can carry them unrounded.
 */
public record OfficialCell(String text, double value) {

  public static final OfficialCell EMPTY = new OfficialCell("", Double.NaN);

  public OfficialCell {
    text = text == null ? "" : text;
  }

  public static OfficialCell text(String text) {
    return new OfficialCell(text, Double.NaN);
  }

  public static OfficialCell number(double value, String text) {
    return Double.isNaN(value) ? EMPTY : new OfficialCell(text, value);
  }

  public boolean isNumber() {
    return !Double.isNaN(value);
  }
}
