package io.dyadscope.audit.table;

import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Text;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds plain-text tables: a {@code Table N:} caption line (which may wrap onto the next lines
 * while a parenthesis is open), header lines, then rows that hold numbers. A table ends at a blank
 * line followed by prose (a line of eight or more words without numbers other than years), at
 * such a prose line itself, or at the next caption.
 */
public final class TableFinder {

  static final Pattern CAPTION = Pattern.compile("^\\s*Table\\s+(\\d+[A-Za-z]?|[IVXLC]+)\\s*[:.\\-–—]\\s*(.*)$");
  private static final Pattern CELL_NUMBER = Pattern.compile(
      "[+\\-−–]?(?:US\\$|\\$)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?[,;]?");
  private static final Pattern YEAR = Pattern.compile("(?:1[89]\\d\\d|2[01]\\d\\d)[,;]?");
  private static final int MAX_HEADER_LINES = 6;
  private static final int MAX_CAPTION_LINES = 3;

  private TableFinder() {}

  /** The tables of {@code lines}, in order: plain-text tables and grids ({@link GridTables}). */
  public static List<TableRegion> find(Lines lines) {
    List<TableRegion> grids = GridTables.find(lines);
    BitSet taken = mask(grids);
    List<TableRegion> out = new ArrayList<>(grids);
    int n = lines.count();
    int i = 1;
    while (i <= n) {
      String line = lines.line(i);
      if (taken.get(i) || GridTables.isGridLine(line)) {
        i++;
        continue;
      }
      Matcher m = line.indexOf("Table") >= 0 ? CAPTION.matcher(line) : null;
      if (m == null || !m.matches()) {
        i++;
        continue;
      }
      TableRegion r = region(lines, i, m.group(1));
      int end = r.lastLine();
      for (int k = i + 1; k <= r.lastLine(); k++) {
        if (taken.get(k) || GridTables.isGridLine(lines.line(k))) {
          end = k - 1; // a grid below a caption of its own is read as a grid
          break;
        }
      }
      if (end < r.lastLine()) {
        r = new TableRegion(r.number(), r.captionFirst(), Math.min(r.captionLast(), end), 0, 0, 0, 0);
      }
      out.add(r);
      i = Math.max(r.lastLine(), end) + 1;
    }
    out.sort(java.util.Comparator.comparingInt(TableRegion::captionFirst));
    return out;
  }

  /** The lines the tables occupy, for {@link io.dyadscope.audit.text.Layout}. */
  public static BitSet mask(List<TableRegion> regions) {
    BitSet b = new BitSet();
    for (TableRegion r : regions) {
      b.set(r.captionFirst(), r.lastLine() + 1);
    }
    return b;
  }

  private static TableRegion region(Lines lines, int caption, String number) {
    int n = lines.count();
    int captionLast = caption;
    int open = parenBalance(lines.line(caption));
    while (open > 0 && captionLast < n && captionLast - caption < MAX_CAPTION_LINES - 1
        && !lines.line(captionLast + 1).isBlank() && !isCaption(lines.line(captionLast + 1))) {
      captionLast++;
      open += parenBalance(lines.line(captionLast));
    }
    int i = captionLast + 1;
    while (i <= n && lines.line(i).isBlank()) {
      i++;
    }
    int headerFirst = 0;
    int headerLast = 0;
    while (i <= n && !lines.line(i).isBlank() && !isDataRow(lines.line(i))) {
      String l = lines.line(i);
      if (isCaption(l) || isProse(l) || i - captionLast > MAX_HEADER_LINES) {
        return new TableRegion(number, caption, captionLast, 0, 0, 0, 0);
      }
      if (headerFirst == 0) {
        headerFirst = i;
      }
      headerLast = i;
      i++;
      // Header lines may be separated from rows by one blank line.
      if (i <= n && lines.line(i).isBlank() && i + 1 <= n && isDataRow(lines.line(i + 1))) {
        i++;
      }
    }
    if (i > n || !isDataRow(lines.line(i))) {
      return new TableRegion(number, caption, captionLast, headerFirst, headerLast, 0, 0);
    }
    int bodyFirst = i;
    int bodyLast = i;
    i++;
    while (i <= n) {
      String l = lines.line(i);
      if (l.isBlank()) {
        int next = i + 1;
        while (next <= n && lines.line(next).isBlank()) {
          next++;
        }
        // After a blank line, a capitalised line without numbers is the title of what follows (a
        // second, uncaptioned table, a note), not a row; a lower-case one continues a wrapped cell.
        String after = next > n ? "" : lines.line(next).strip();
        boolean title = !isDataRow(after) && !after.isEmpty() && Character.isUpperCase(after.codePointAt(0));
        if (next > n || isCaption(lines.line(next)) || isProse(lines.line(next)) || title) {
          break;
        }
        i = next;
        continue;
      }
      if (isCaption(l) || isProse(l)) {
        break;
      }
      bodyLast = i;
      i++;
    }
    return new TableRegion(number, caption, captionLast, headerFirst, headerLast, bodyFirst, bodyLast);
  }

  /**
   * Lines outside {@code tables} laid out in three or more cells (two or more spaces apart, as
   * Markdown and HTML tables are read, or a text table without a "Table N:" caption): rows, not
   * sentences, so that their figures are not read as prose.
   */
  public static BitSet uncaptionedRows(Lines lines, BitSet tables) {
    BitSet out = new BitSet();
    for (int i = 1; i <= lines.count(); i++) {
      if (!tables.get(i) && cellGaps(lines.line(i)) >= 2) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * Gaps between cells: a run of two or more spaces, or a tab, between two non-blank characters.
   * A hand scan, not a regex: it runs over every line of the report.
   */
  static int cellGaps(String line) {
    if (line.indexOf("  ") < 0 && line.indexOf('\t') < 0) {
      return 0;
    }
    int gaps = 0;
    int n = line.length();
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(line.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      if (j < n && line.charAt(j) == '\t') {
        if (j + 1 < n && !Character.isWhitespace(line.charAt(j + 1))) {
          gaps++;
        }
        i = j + 1;
        continue;
      }
      int spaces = 0;
      while (j < n && line.charAt(j) == ' ') {
        spaces++;
        j++;
      }
      if (spaces >= 2 && j < n && !Character.isWhitespace(line.charAt(j))) {
        gaps++;
      }
      i = spaces == 0 ? i + 1 : j;
    }
    return gaps;
  }

  static boolean isCaption(String line) {
    return line.indexOf("Table") >= 0 && CAPTION.matcher(line).matches();
  }

  /** A number standing as a cell; the regex runs only on chunks with a digit, which it needs. */
  private static boolean cellNumber(String chunk) {
    for (int k = 0; k < chunk.length(); k++) {
      char c = chunk.charAt(k);
      if (c >= '0' && c <= '9') {
        return CELL_NUMBER.matcher(chunk).matches();
      }
    }
    return false;
  }

  /** A line with a number in a cell of its own that is not just a year among words. */
  static boolean isDataRow(String line) {
    int numbers = 0;
    int years = 0;
    for (String chunk : Text.words(line)) {
      if (cellNumber(chunk)) {
        numbers++;
        if (YEAR.matcher(chunk).matches()) {
          years++;
        }
      }
    }
    if (numbers == 0) {
      return false;
    }
    // "Indicator 2022 2023 2024" is a header of year columns.
    return numbers > years;
  }

  /**
   * Running text: eight or more words, not in title case (a header line of column names is mostly
   * capitalised words; a sentence is not), and few numbers: none but years, or at most one for
   * every four words (a table row is mostly numbers).
   */
  static boolean isProse(String line) {
    int words = 0;
    int lower = 0;
    int numbers = 0;
    boolean sentenceWord = false;
    for (String chunk : Text.words(line)) {
      sentenceWord |= SENTENCE_WORDS.contains(chunk.toLowerCase(java.util.Locale.ROOT));
      if (cellNumber(chunk)) {
        if (!YEAR.matcher(chunk).matches()) {
          numbers++;
        }
      } else {
        for (int k = 0; k < chunk.length(); k++) {
          char c = chunk.charAt(k);
          if (Character.isLetter(c)) {
            words++;
            if (Character.isLowerCase(c)) {
              lower++;
            }
            break;
          }
        }
      }
    }
    // A header row of lower-case labels ("Cross-border attacks Militant activities ...") has as
    // many words, but none of the articles and verbs that a sentence cannot do without.
    // A line ending a sentence after a word ("... on fuel sales.") is prose too: no cell ends so.
    String t = line.strip();
    boolean sentenceEnd = t.length() > 1 && t.endsWith(".") && Character.isLetterOrDigit(t.charAt(t.length() - 2));
    return words >= 8 && lower * 10 >= words * 4
        && (numbers * 4 <= words && (sentenceWord || sentenceEnd) || sentenceEnd && numbers <= words);
  }

  private static final java.util.Set<String> SENTENCE_WORDS = java.util.Set.of("the", "a", "an", "is", "are", "was",
      "were", "has", "have", "had", "be", "been", "this", "that", "these", "those", "which", "its", "their", "it",
      "they", "will", "would", "can", "could", "as", "by", "with", "while", "but", "because", "not");

  /** Opening minus closing parentheses: above 0 while one is still open. */
  static int parenBalance(String s) {
    int b = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        b++;
      } else if (c == ')') {
        b--;
      }
    }
    return b;
  }
}
