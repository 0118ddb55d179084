package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a dossier table is laid out: which series it shows and how the three dimensions of a value
 * (indicator, subject, period) are split between rows and columns. Period is always a row
 * dimension, so that facts and published projections of one period sit on separate, marked rows.
 * A dimension may be left out when all the table's series share one value of it (one subject, say).
 *
 * @param id      key, e.g. {@code table-1}
 * @param title   title template ({@code {first}}, {@code {second}}, {@code {dyad}} allowed)
 * @param rows    row dimensions in order, including {@code period}
 * @param columns column dimensions in order
 * @param series  the series shown
 * @param note    a note printed under the table (placeholders allowed), or empty
 */
public record TableSpec(String id, String title, List<String> rows, List<String> columns,
    List<SeriesSelector> series, String note) {

  /** The dimensions of a value. */
  public static final Set<String> DIMENSIONS = Set.of("indicator", "subject", "period");

  public TableSpec {
    id = Json.requireId(id, "table id");
    title = Json.requireText(title, "title of table " + id);
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    series = List.copyOf(series);
    note = note == null ? "" : note.strip();
    List<String> all = new ArrayList<>(rows);
    all.addAll(columns);
    if (all.size() != new TreeSet<>(all).size() || !DIMENSIONS.containsAll(all)) {
      throw new IllegalArgumentException("table " + id + " may place each of indicator, subject and period at most"
          + " once in rows or columns, has rows " + rows + " and columns " + columns);
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + id + " needs at least one column dimension");
    }
    if (!rows.contains("period")) {
      throw new IllegalArgumentException("table " + id + " must have period among its row dimensions");
    }
    if (series.isEmpty()) {
      throw new IllegalArgumentException("table " + id + " shows no series");
    }
  }
}
