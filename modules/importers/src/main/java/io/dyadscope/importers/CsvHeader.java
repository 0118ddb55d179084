package io.dyadscope.importers;

import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The header of a statistics download and the lines around it: where the header is (the first
 * line, or after a publisher's preamble), its names, and which column each name is in. Every
 * statistics reader starts here, so finding, checking and counting columns is written once.
 *
 * @param lines   the file's lines, without a byte-order mark
 * @param index   0-based index of the header line in {@code lines}
 * @param names   the header's names, as the reader normalised them
 * @param columns each non-empty name to its first column
 */
public record CsvHeader(List<String> lines, int index, List<String> names, Map<String, Integer> columns) {

  /** Lines searched for a header after a preamble: the longest preamble seen in a real download is 14 lines. */
  public static final int MAX_PREAMBLE = 40;

  public CsvHeader {
    lines = List.copyOf(lines);
    names = List.copyOf(names);
    columns = Map.copyOf(columns);
  }

  /** The header on the first line of {@code text}, its names stripped (none for an empty file). */
  public static CsvHeader first(String text) {
    List<String> lines = StatisticsText.lines(StatisticsText.stripBom(text));
    return of(lines, 0, lines.isEmpty() ? List.of() : names(lines.get(0), String::strip));
  }

  /**
   * The first of the first {@value #MAX_PREAMBLE} lines of {@code text} whose names ({@code name}
   * applied to each field) {@code isHeader} accepts.
   *
   * @param what     the publisher, for the problem (e.g. {@code UNHCR})
   * @param expected what a header looks like, for the problem
   * @throws ImportException at line 1 of {@code file} when no line is a header
   */
  public static CsvHeader find(String file, String text, Function<String, String> name,
      Predicate<List<String>> isHeader, String what, String expected) throws ImportException {
    List<String> lines = StatisticsText.lines(StatisticsText.stripBom(text));
    for (int i = 0; i < Math.min(MAX_PREAMBLE, lines.size()); i++) {
      List<String> names = names(lines.get(i), name);
      if (isHeader.test(names)) {
        return of(lines, i, names);
      }
    }
    Problems problems = new Problems();
    problems.add(file, 1, "", "no " + what + " header line in the first " + MAX_PREAMBLE + " lines (expected "
        + expected + ")");
    throw problems.toException();
  }

  private static List<String> names(String line, Function<String, String> name) {
    return LocatedCsv.fields(line).stream().map(name).toList();
  }

  private static CsvHeader of(List<String> lines, int index, List<String> names) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).isEmpty()) {
        columns.putIfAbsent(names.get(i), i);
      }
    }
    return new CsvHeader(lines, index, names, columns);
  }

  /** The 1-based line of the header in the file. */
  public int line() {
    return index + 1;
  }

  /** The lines before the header: the publisher's preamble. */
  public List<String> preamble() {
    return lines.subList(0, index);
  }

  /** The records after the header, each with its line in the file. */
  public List<LocatedCsv.Row> rows(String file, Progress progress, Problems problems) {
    return LocatedCsv.parse(file, lines, index + 1, progress, problems);
  }

  /** Adds a problem for each of {@code required} missing from the header; {@code hint} follows the message. */
  public void require(String file, List<String> required, String hint, Problems problems) {
    for (String c : required) {
      if (!columns.containsKey(c)) {
        problems.add(file, line(), c, "missing column '" + c + "'" + hint);
      }
    }
  }

  /** The field of {@code row} under the header name {@code column}, or empty when there is no such column. */
  public String value(LocatedCsv.Row row, String column) {
    Integer i = columns.get(column);
    return i == null ? "" : row.get(i);
  }

  /** True when {@code row} has a field per name; otherwise a problem at its line says it has not. */
  public boolean fits(String file, LocatedCsv.Row row, Problems problems) {
    if (row.fields().size() == names.size()) {
      return true;
    }
    problems.add(file, row.line(), "", "record has " + row.fields().size() + " fields, the header has " + names.size());
    return false;
  }
}
