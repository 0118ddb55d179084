package io.dyadscope.dossier.supplements;

import io.dyadscope.dossier.SourceLine;
import java.util.List;

/**
 * A table of a supplementary section (official statistics, event agreement, grounded counts) as
 * every renderer prints it: headings, which columns are numbers, rows of text, notes and the source
 * line naming source ids.
 *
 * @param id      stable anchor, e.g. {@code mirror-trade}
 * @param title   title with names filled in
 * @param headers column headings
 * @param numeric per column: right-aligned numbers
 * @param rows    rows of cells, each as wide as {@code headers}
 * @param notes   notes printed under the table
 * @param sources the source line under the table
 * @param theme   id of the results theme the table belongs under, or empty for its own section
 */
public record GridTable(String id, String title, List<String> headers, List<Boolean> numeric, List<List<String>> rows,
    List<String> notes, SourceLine sources, String theme) {

  public GridTable {
    headers = List.copyOf(headers);
    numeric = List.copyOf(numeric);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
    if (numeric.size() != headers.size()) {
      throw new IllegalArgumentException("table " + id + ": " + numeric.size() + " alignments for " + headers.size()
          + " columns");
    }
    for (List<String> r : rows) {
      if (r.size() != headers.size()) {
        throw new IllegalArgumentException("table " + id + ": a row has " + r.size() + " cells for " + headers.size()
            + " columns");
      }
    }
    if (sources.sourceIds().isEmpty()) {
      throw new IllegalArgumentException("table " + id + " names no source");
    }
  }
}
