package io.dyadscope.importers;

import io.dyadscope.evidence.imports.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV records that know the physical line they start on, for publishers' downloads whose header
 * is not the first line. Blank lines are skipped; malformed quoting is a problem at its line.
 */
public final class LocatedCsv {

  /** A record and the 1-based line of the file it starts on. */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    /** The field at {@code index}, stripped, or empty when the record is shorter. */
    public String get(int index) {
      return index >= 0 && index < fields.size() ? fields.get(index).strip() : "";
    }
  }

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();

  private LocatedCsv() {}

  /**
   * The records of {@code lines} from index {@code from} on (0-based), numbered as lines of the
   * whole file. A parse failure is added to {@code problems} at the line it happened on, and the
   * records read before it are returned.
   */
  public static List<Row> parse(String file, List<String> lines, int from, Progress progress, Problems problems) {
    String body = String.join("\n", lines.subList(from, lines.size()));
    int[] starts = lineStarts(body);
    List<Row> rows = new ArrayList<>();
    long total = lines.size();
    try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
      for (CSVRecord rec : parser) {
        int line = from + lineOf(starts, (int) rec.getCharacterPosition(), body) + 1;
        rows.add(new Row(line, rec.toList()));
        if (rows.size() % 2000 == 0) {
          progress.advance(line, total);
        }
      }
    } catch (UncheckedIOException | IOException e) {
      String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      int line = rows.isEmpty() ? from + 1 : rows.get(rows.size() - 1).line() + 1;
      problems.add(file, line, "", "malformed CSV from this line on: " + why);
    }
    progress.advance(total, total);
    return rows;
  }

  /** The fields of one line (for headers and preambles). */
  public static List<String> fields(String line) {
    try (CSVParser p = CSVParser.parse(line, FORMAT)) {
      List<CSVRecord> r = p.getRecords();
      return r.isEmpty() ? List.of() : r.get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(line);
    }
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[1024];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** 0-based line of the record starting at {@code pos}, past the blank lines the parser swallows. */
  private static int lineOf(int[] starts, int pos, String text) {
    while (pos < text.length() && text.charAt(pos) == '\n') {
      pos++;
    }
    int i = Arrays.binarySearch(starts, pos);
    return i >= 0 ? i : -i - 2;
  }
}
