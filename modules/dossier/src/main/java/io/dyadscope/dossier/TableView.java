package io.dyadscope.dossier;

import java.util.List;

/**
 * A dossier table: facts and published projections laid out by its {@link TableSpec}, and below
 * them the comparison of published projections with Dyadscope's own.
 *
 * @param id          spec id
 * @param number      table number, from 1
 * @param title       title with names filled in
 * @param rowHeaders  headings of the row-label columns
 * @param columns     headings of the value columns
 * @param rows        the rows, in order
 * @param comparisons published and computed projections at the target period
 * @param notes       notes printed under the table
 * @param empty       "No data ..." when the table has no value, else empty
 * @param sources     the sources of every value shown, printed under the table
 */
public record TableView(String id, int number, String title, List<String> rowHeaders, List<String> columns,
    List<TableRow> rows, List<Comparison> comparisons, List<String> notes, String empty, SourceLine sources) {

  /**
   * @throws IllegalArgumentException when the number is below 1, a row's labels or cells do not match the
   *     headings (renderers lay cells under headings by position), or a table said to have no data has rows
   */
  public TableView {
    if (number < 1) {
      throw new IllegalArgumentException("table " + id + ": numbers start at 1, not " + number);
    }
    for (TableRow r : rows) {
      if (r.labels().size() != rowHeaders.size() || r.cells().size() != columns.size()) {
        throw new IllegalArgumentException("table " + id + ": a row of " + r.labels().size() + " labels and "
            + r.cells().size() + " cells under " + rowHeaders.size() + " row headings and " + columns.size()
            + " columns");
      }
    }
    if (!empty.isEmpty() && !rows.isEmpty()) {
      throw new IllegalArgumentException("table " + id + " says it has no data (" + empty + ") but has rows");
    }
    // Defensive copies: every list component is frozen so the table stays as built whatever the caller
    // does with its lists.
    rowHeaders = List.copyOf(rowHeaders);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    comparisons = List.copyOf(comparisons);
    notes = List.copyOf(notes);
  }
}
