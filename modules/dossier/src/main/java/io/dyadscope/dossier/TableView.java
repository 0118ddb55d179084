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

  // Defensive copies: every list component is frozen so the table stays as built whatever the caller
  // does with its lists; each record names its own fields, so there is nothing to share.
  public TableView {
    rowHeaders = List.copyOf(rowHeaders);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    comparisons = List.copyOf(comparisons);
    notes = List.copyOf(notes);
  }
}
