package io.dyadscope.dossier.official;

import java.util.List;

/**
 * A table of the official-statistics part of the dossier.
 *
 * @param id        stable key, e.g. {@code mirror-trade}
 * @param title     title with names filled in
 * @param columns   column headings
 * @param rows      rows of cells, each as wide as {@code columns}
 * @param citations full citations of every source in the table, in order of first use
 * @param notes     notes printed under the table (method, rule, flags)
 */
public record OfficialTable(String id, String title, List<String> columns, List<List<OfficialCell>> rows,
    List<String> citations, List<String> notes) {

  public OfficialTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    citations = List.copyOf(citations);
    notes = List.copyOf(notes);
    for (List<OfficialCell> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("table " + id + ": a row has " + r.size() + " cells for " + columns.size()
            + " columns");
      }
    }
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
