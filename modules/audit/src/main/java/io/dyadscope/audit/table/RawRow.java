package io.dyadscope.audit.table;

import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table row as written: the line holding its numbers, the lines wrapped around it (a long label
 * or cell), its label, its number cells, its "name: value" breakdown cells and trailing text.
 */
final class RawRow {

  final int line;
  final List<Integer> extra = new ArrayList<>();
  String label = "";
  final List<String> numbers = new ArrayList<>();
  final List<String[]> parts = new ArrayList<>();
  String trailing = "";
  /** A grid row's period as written in a column of its own or its label ("2024 projection"), or "". */
  String when = "";

  RawRow(int line) {
    this.line = line;
  }

  static final Pattern NUMBER_CELL = TableReader.NUMBER_CELL;
  static final Pattern MISSING_CELL = TableReader.MISSING_CELL;
  private static final Pattern PART = TableReader.PART;

  /** The rows of the table at {@code region}, each with the wrapped lines nearest to it. */
  static List<RawRow> read(Lines lines, TableRegion region) {
    List<RawRow> rows = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = region.bodyFirst(); i <= region.bodyLast(); i++) {
      String l = lines.line(i);
      if (l.isBlank()) {
        continue;
      }
      if (TableFinder.isDataRow(l)) {
        rows.add(parse(i, l));
      } else {
        others.add(i);
      }
    }
    // A wrapped line belongs to the nearer row, the one above on a tie.
    for (int o : others) {
      RawRow best = null;
      int bestD = Integer.MAX_VALUE;
      for (RawRow r : rows) {
        int d = Math.abs(r.line - o);
        if (d < bestD || d == bestD && r.line < o) {
          best = r;
          bestD = d;
        }
      }
      if (best != null) {
        best.extra.add(o);
      }
    }
    return rows;
  }

  static RawRow parse(int line, String text) {
    RawRow r = new RawRow(line);
    String rest = text.strip();
    Matcher pm = PART.matcher(rest);
    List<String[]> parts = new ArrayList<>();
    int first = -1;
    int last = -1;
    // A part is "Label: number": a row without a colon (most rows) has none, and the pattern need not
    // be tried from each letter of it.
    boolean colon = rest.indexOf(':') >= 0;
    while (colon && pm.find()) {
      parts.add(new String[] {pm.group(1).strip(), pm.group(2).replace(" ", "")});
      if (first < 0) {
        first = pm.start();
      }
      last = pm.end();
    }
    if (parts.size() >= 2) {
      r.parts.addAll(parts);
      rest = (rest.substring(0, first) + " " + rest.substring(last).replaceFirst("^[,;\\s]+", "")).strip();
    }
    String[] chunks = Text.words(rest).toArray(new String[0]);
    int i = 0;
    StringBuilder label = new StringBuilder();
    // A year first, with numbers after it, labels the row.
    if (chunks.length > 1 && Text.year(chunks[0]) && isCell(chunks[1])) {
      label.append(chunks[0]);
      i = 1;
    } else {
      while (i < chunks.length && !(NUMBER_CELL.matcher(chunks[i]).matches()
          || MISSING_CELL.matcher(chunks[i]).matches() && i + 1 < chunks.length && isCell(chunks[i + 1]))) {
        label.append(label.length() > 0 ? " " : "").append(chunks[i]);
        i++;
      }
    }
    while (i < chunks.length && isCell(chunks[i])) {
      String cell = chunks[i];
      r.numbers.add(cell.endsWith(",") || cell.endsWith(";") ? cell.substring(0, cell.length() - 1) : cell);
      i++;
    }
    StringBuilder trailing = new StringBuilder();
    for (; i < chunks.length; i++) {
      trailing.append(trailing.length() > 0 ? " " : "").append(chunks[i]);
    }
    r.label = label.toString();
    r.trailing = trailing.toString();
    return r;
  }

  static boolean isCell(String chunk) {
    return NUMBER_CELL.matcher(chunk).matches() || MISSING_CELL.matcher(chunk).matches();
  }
}
