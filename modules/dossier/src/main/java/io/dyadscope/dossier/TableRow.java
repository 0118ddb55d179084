package io.dyadscope.dossier;

import java.util.List;

/**
 * A row of a dossier table.
 *
 * @param labels    the row's headings, one per row dimension
 * @param cells     one per value column
 * @param projected true when the row holds published projections
 * @param sources   citations of the row's values, joined with "; "
 */
public record TableRow(List<String> labels, List<Cell> cells, boolean projected, String sources) {

  public TableRow {
    labels = List.copyOf(labels);
    cells = List.copyOf(cells);
  }
}
