package io.dyadscope.audit.table;

import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.vocabulary.DataFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables whose cells are given: Markdown pipe tables and HTML tables, which
 * {@link io.dyadscope.documents.DocumentText} writes as grid rows ({@code | a | b |}) under a
 * header row and a delimiter row ({@code | --- | --- |}). They are tables whatever their caption:
 * a {@code Table N:} line just above names one, and one without is still read, by its header.
 *
 * <p>Columns are read by what their cells hold: the first column labels the row; a column of years
 * ("2024", "2024 projection") gives its period and status; a column of numbers is a quantity unless
 * its header names the document's own evidence (a count of observations or sources, a grade, a
 * kind; words in {@code meta-columns.csv}); any other column is text and is not read.
 */
public final class GridTables {

  private static final Pattern DELIMITER = Pattern.compile("\\|(?:\\s*:?-{3,}:?\\s*\\|)+");
  private static final Pattern CELL_SPLIT = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern WHEN = Pattern.compile("((?:1[89]|2[01])\\d\\d)(?:\\s+\\p{L}[\\p{L} ]*)?");
  private static final Pattern WHEN_HEADER = Pattern.compile("(?i)year|period|date|as of|when");
  private static final Set<String> META = load();
  /** How many lines above a grid its caption may stand (a heading, a blank line). */
  private static final int CAPTION_REACH = 3;

  private GridTables() {}

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (DataFile.Row r : DataFile.resource("meta-columns.csv", "word")) {
      if (!out.add(r.field(0).toLowerCase(Locale.ROOT))) {
        throw r.error("'" + r.field(0) + "' is listed twice");
      }
    }
    return Set.copyOf(out);
  }

  /** A grid row: a line that starts and ends with a pipe. */
  static boolean isGridLine(String line) {
    String t = line.strip();
    return t.length() > 1 && t.charAt(0) == '|' && t.charAt(t.length() - 1) == '|';
  }

  private static final Pattern SPACED = Pattern.compile("\\t+\\s*|\\s{2,}");

  /**
   * The cells of a plain-text row: tab-separated, or fixed-width with two or more spaces between
   * cells; a single cell when it is neither.
   */
  static List<String> plainCells(String line) {
    String t = line.strip();
    return t.isEmpty() ? List.of() : List.of(SPACED.split(t));
  }

  /**
   * The last line of a plain-text table whose header line is {@code header} (three or more cells,
   * no numbers but years) over two or more rows of as many cells with numbers, or 0 when there is
   * none: a tab-separated or fixed-width table, read as a grid whatever its caption, unless a
   * {@code Table N} caption stands above it (those are {@link TableReader}'s, which reads wrapped
   * and garbled headers).
   */
  private static int plainTable(Lines lines, int header) {
    String h = lines.line(header);
    // Most lines are prose with single spaces: no cells to split, and no regex run over them.
    if (h.indexOf("  ") < 0 && h.indexOf('\t') < 0) {
      return 0;
    }
    int width = plainCells(h).size();
    if (width < 3 || isGridLine(h) || TableFinder.isDataRow(h) || TableFinder.isProse(h)) {
      return 0;
    }
    int last = header;
    while (last + 1 <= lines.count() && plainCells(lines.line(last + 1)).size() == width
        && TableFinder.isDataRow(lines.line(last + 1))) {
      last++;
    }
    if (last < header + 2) {
      return 0;
    }
    for (int k = header - 1; k >= 1 && k >= header - CAPTION_REACH; k--) {
      if (!lines.line(k).isBlank()) {
        return TableFinder.isCaption(lines.line(k)) ? 0 : last;
      }
    }
    return last;
  }

  /** The grid tables of {@code lines}, in order. */
  public static List<TableRegion> find(Lines lines) {
    List<TableRegion> out = new ArrayList<>();
    int n = lines.count();
    int i = 1;
    while (i <= n) {
      int plainLast = isGridLine(lines.line(i)) ? 0 : plainTable(lines, i);
      if (plainLast > 0) {
        int caption = 0;
        for (int k = i - 1; k >= 1 && k >= i - CAPTION_REACH; k--) {
          if (!lines.line(k).isBlank()) {
            caption = lines.line(k).strip().startsWith("Table") ? k : 0;
            break;
          }
        }
        int capLine = caption > 0 ? caption : i;
        out.add(new TableRegion("at line " + i, capLine, capLine, i, i, i + 1, plainLast, true));
        i = plainLast + 1;
        continue;
      }
      if (!isGridLine(lines.line(i)) || i == n || !DELIMITER.matcher(lines.line(i + 1).strip()).matches()) {
        i++;
        continue;
      }
      int header = i;
      int last = i + 1;
      while (last + 1 <= n && isGridLine(lines.line(last + 1))) {
        last++;
      }
      int caption = 0;
      for (int k = header - 1; k >= 1 && k >= header - CAPTION_REACH; k--) {
        if (!lines.line(k).isBlank()) {
          caption = TableFinder.isCaption(lines.line(k)) ? k : 0;
          break;
        }
      }
      String number = "at line " + header;
      if (caption > 0) {
        Matcher m = TableFinder.CAPTION.matcher(lines.line(caption));
        number = m.matches() ? m.group(1) : number;
      }
      int capLine = caption > 0 ? caption : header;
      boolean body = last >= header + 2;
      out.add(new TableRegion(number, capLine, capLine, header, header + 1, body ? header + 2 : 0, body ? last : 0,
          true));
      i = last + 1;
    }
    return out;
  }

  /** The cells of a grid line (or of a plain-text table's line), stripped. */
  static List<String> cells(String line) {
    if (!isGridLine(line)) {
      return plainCells(line);
    }
    String t = line.strip();
    String inner = t.substring(1, t.length() - 1);
    List<String> out = new ArrayList<>();
    for (String c : CELL_SPLIT.split(inner, -1)) {
      out.add(c.strip().replace("\\|", "|"));
    }
    return out;
  }

  /** Rows and the headers of the columns read (the label's, then the number columns'). */
  record Read(List<RawRow> rows, String[] headers) {}

  /**
   * Reads the grid at {@code region}; {@code quantity} says whether a header the lexicon maps
   * names a quantity, which a meta word at its end does not override.
   */
  static Read read(Lines lines, TableRegion region, Predicate<String> quantity) {
    List<String> head = cells(lines.line(region.headerFirst()));
    List<List<String>> body = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    if (region.hasBody()) {
      for (int i = region.bodyFirst(); i <= region.bodyLast(); i++) {
        body.add(cells(lines.line(i)));
        at.add(i);
      }
    }
    int width = head.size();
    int whenColumn = -1;
    List<Integer> numberColumns = new ArrayList<>();
    for (int c = 1; c < width; c++) {
      String h = head.get(c);
      if (whenColumn < 0 && (WHEN_HEADER.matcher(h.strip()).matches() || all(body, c, GridTables::isWhen))) {
        whenColumn = c;
      } else if (all(body, c, RawRow::isCell) && any(body, c, s -> RawRow.NUMBER_CELL.matcher(s).matches())
          && (quantity.test(h) || !meta(h))) {
        numberColumns.add(c);
      }
    }
    boolean labelIsWhen = all(body, 0, c -> isWhen(c) || TableLabels.of(c) == TableLabels.Role.CHANGE
        || TableLabels.of(c) == TableLabels.Role.TOTAL);
    List<RawRow> rows = new ArrayList<>();
    for (int r = 0; r < body.size(); r++) {
      List<String> row = body.get(r);
      RawRow rr = new RawRow(at.get(r));
      String first = cell(row, 0);
      if (labelIsWhen) {
        Matcher w = WHEN.matcher(first);
        rr.label = w.matches() ? w.group(1) : first;
        rr.when = w.matches() ? first : "";
      } else {
        rr.label = RawRow.MISSING_CELL.matcher(first).matches() ? "" : first;
        rr.when = whenColumn >= 0 ? cell(row, whenColumn) : "";
      }
      for (int c : numberColumns) {
        String v = cell(row, c);
        rr.numbers.add(v.isEmpty() ? "–" : v);
      }
      rows.add(rr);
    }
    String[] headers = new String[1 + numberColumns.size()];
    headers[0] = head.get(0);
    for (int k = 0; k < numberColumns.size(); k++) {
      headers[k + 1] = head.get(numberColumns.get(k));
    }
    return new Read(rows, headers);
  }

  /** The year a row's period cell starts with, or null. */
  static Integer year(String when) {
    Matcher w = WHEN.matcher(when.strip());
    return w.matches() ? Integer.valueOf(w.group(1)) : null;
  }

  private static boolean isWhen(String cell) {
    return WHEN.matcher(cell).matches();
  }

  /**
   * A header whose last word names the document's own evidence: "Observations", "Number of
   * sources", "Grade".
   */
  static boolean meta(String header) {
    List<String> words = Text.words(HeaderSplitter.withoutParentheses(header).toLowerCase(Locale.ROOT));
    if (words.isEmpty()) {
      return false;
    }
    String w = Text.trimToLetters(words.get(words.size() - 1));
    return META.contains(w) || w.endsWith("s") && META.contains(w.substring(0, w.length() - 1));
  }

  private static String cell(List<String> row, int c) {
    return c < row.size() ? row.get(c) : "";
  }

  private static boolean all(List<List<String>> body, int c, Predicate<String> p) {
    boolean any = false;
    for (List<String> row : body) {
      String v = cell(row, c);
      if (v.isEmpty() || RawRow.MISSING_CELL.matcher(v).matches()) {
        continue;
      }
      if (!p.test(v)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean any(List<List<String>> body, int c, Predicate<String> p) {
    return body.stream().anyMatch(row -> p.test(cell(row, c)));
  }
}
