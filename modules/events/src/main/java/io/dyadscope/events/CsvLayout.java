package io.dyadscope.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV header, names to positions (case and surrounding blanks ignored), so that rows are read by
 * column name whatever the export's column order or subset. Serializable-free and immutable: a Spark
 * job builds it once from the header and ships it with the per-row function.
 */
public final class CsvLayout {

  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  public CsvLayout(List<String> header) {
    this.names = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      index.putIfAbsent(name, i);
    }
  }

  public int size() {
    return names.size();
  }

  public boolean has(String name) {
    return index.containsKey(name);
  }

  /** The field {@code name} of {@code row}, stripped, or empty when the export lacks the column. */
  public String get(String[] row, String name) {
    Integer i = index.get(name);
    return i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
  }

  /** The first column of {@code wanted} the header lacks, or null. */
  public String missing(String... wanted) {
    for (String w : wanted) {
      if (!has(w)) {
        return w;
      }
    }
    return null;
  }

  public List<String> names() {
    return names;
  }
}
