package io.dyadscope.importers;

import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sources file: columns {@code id,citation,publisher,kind,grade,year,url} in any order;
 * {@code year} and {@code url} may be empty.
 */
final class SourcesCsv {

  static final List<String> COLUMNS = List.of("id", "citation", "publisher", "kind", "grade", "year", "url");

  private SourcesCsv() {}

  /**
   * The valid sources of {@code text}; problems go to {@code problems}.
   *
   * @param namedIds receives every id the file names, valid record or not, so that observations
   *     citing a source whose record is broken are not reported a second time
   */
  static List<Source> read(String file, String text, Problems problems, Set<String> namedIds) {
    CsvTable table = CsvTable.read(file, text, COLUMNS, List.of(), problems);
    if (table == null) {
      return List.of();
    }
    List<Source> sources = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int before = problems.total();
      String id = table.value(row, "id");
      if (id.isEmpty()) {
        problems.add(file, row.line(), "id", "empty; every source needs an id");
      } else if (!id.matches(Source.ID)) {
        problems.add(file, row.line(), "id", Source.ID_RULE + ": '" + id + "'");
      } else {
        namedIds.add(id);
        Integer earlier = lineOfId.putIfAbsent(id, row.line());
        if (earlier != null) {
          problems.add(file, row.line(), "id",
              "duplicate source id '" + id + "': lines " + earlier + " and " + row.line());
        }
      }
      String citation = table.value(row, "citation");
      if (citation.isEmpty()) {
        problems.add(file, row.line(), "citation", "empty; every source needs a citation");
      }
      String publisher = table.value(row, "publisher");
      if (publisher.isEmpty()) {
        problems.add(file, row.line(), "publisher", "empty; every source needs a publisher");
      }
      SourceKind kind = null;
      try {
        kind = SourceKind.parse(table.value(row, "kind"));
      } catch (IllegalArgumentException e) {
        problems.add(file, row.line(), "kind", e.getMessage());
      }
      Grade grade = null;
      try {
        grade = Grade.parse(table.value(row, "grade"));
      } catch (IllegalArgumentException e) {
        problems.add(file, row.line(), "grade", e.getMessage());
      }
      int year = 0;
      String yearText = table.value(row, "year");
      if (!yearText.isEmpty()) {
        if (!yearText.matches("\\d{4}")) {
          problems.add(file, row.line(), "year", "not a year: '" + yearText + "'");
        } else {
          year = Integer.parseInt(yearText);
          if (year < 1800 || year > 2200) {
            problems.add(file, row.line(), "year", "year out of range 1800-2200: " + yearText);
          }
        }
      }
      if (problems.total() == before) {
        sources.add(new Source(id, citation, publisher, kind, grade, year, table.value(row, "url")));
      }
    }
    return sources;
  }
}
