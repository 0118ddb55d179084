package io.dyadscope.dossier;

/**
 * A table cell: a value and how it is written, or an empty cell.
 *
 * @param value the value, NaN for an empty cell
 * @param text  the value as written in the table, empty for an empty cell
 */
public record Cell(double value, String text) {

  public static final Cell EMPTY = new Cell(Double.NaN, "");

  public boolean isEmpty() {
    return Double.isNaN(value);
  }
}
