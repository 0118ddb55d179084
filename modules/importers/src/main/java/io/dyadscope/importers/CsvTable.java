package io.dyadscope.importers;

import io.dyadscope.evidence.imports.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read into a header and records, each record knowing the physical line it starts on.
 * Column names are matched ignoring case and surrounding blanks; blank lines are skipped.
 */
final class CsvTable {

  /** A record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();

  private final String file;
  private final Map<String, Integer> columns;
  private final List<Row> rows;

  private CsvTable(String file, Map<String, Integer> columns, List<Row> rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads {@code text}. Header problems (no header, unnamed, repeated, unknown or missing columns)
   * make the table unusable and return null; records of the wrong width or malformed quoting are
   * reported and left out.
   */
  static CsvTable read(String file, String text, List<String> required, List<String> optional,
      Problems problems) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int[] lineStarts = lineStarts(body);
    Map<String, Integer> columns = null;
    List<Row> rows = new ArrayList<>();
    long nextLine = 1;
    try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
      for (CSVRecord rec : parser) {
        int line = lineOf(body, lineStarts, rec.getCharacterPosition());
        List<String> fields = rec.toList();
        if (columns == null) {
          columns = header(file, line, fields, required, optional, problems);
          if (columns == null) {
            return null;
          }
        } else if (fields.size() != columns.size()) {
          problems.add(file, line, "", "record has " + fields.size() + (fields.size() == 1 ? " field" : " fields")
              + ", the header has " + columns.size());
        } else {
          rows.add(new Row(line, fields));
        }
        nextLine = parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException | IOException e) {
      String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      problems.add(file, (int) nextLine, "", "malformed CSV from this line on: " + why);
    }
    if (columns == null) {
      if (problems.isEmpty()) {
        problems.add(file, 1, "", "empty file; expected a header line: " + String.join(",", required));
      }
      return null;
    }
    return new CsvTable(file, columns, rows);
  }

  private static Map<String, Integer> header(String file, int line, List<String> fields, List<String> required,
      List<String> optional, Problems problems) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    Set<String> allowed = new HashSet<>(required);
    allowed.addAll(optional);
    List<String> expected = new ArrayList<>(required);
    expected.addAll(optional);
    int before = problems.total();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        problems.add(file, line, "", "column " + (i + 1) + " of the header has no name");
      } else if (!allowed.contains(name)) {
        problems.add(file, line, name, "unknown column '" + fields.get(i).strip() + "' (expected "
            + String.join(", ", expected) + ")");
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(file, line, name, "column '" + name + "' appears twice in the header");
      }
    }
    for (String name : required) {
      if (!columns.containsKey(name)) {
        problems.add(file, line, name, "missing column '" + name + "'");
      }
    }
    return problems.total() == before ? columns : null;
  }

  /** Offsets at which each line starts; a line ends at LF, CR or CRLF. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The line of the first character of a record that the parser says starts at {@code position}. */
  private static int lineOf(String text, int[] lineStarts, long position) {
    int pos = (int) position;
    // The parser counts skipped blank lines as part of the record that follows them.
    while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
      pos++;
    }
    int i = Arrays.binarySearch(lineStarts, pos);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  String file() {
    return file;
  }

  List<Row> rows() {
    return rows;
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** The stripped value of {@code column} in {@code row}, empty when the file lacks the column. */
  String value(Row row, String column) {
    Integer i = columns.get(column);
    return i == null ? "" : row.fields().get(i).strip();
  }
}
