package io.dyadscope.events.read;

import io.dyadscope.evidence.imports.ImportProblem;
import io.dyadscope.events.EventPlaces;
import java.util.List;
import java.util.Map;

/**
 * What reading event files found.
 *
 * @param files       the files (zip members as {@code file.zip!member}) read, in order
 * @param rows        data rows read (headers and HXL tag rows not counted)
 * @param kept        rows kept by the dyad selection and handed on
 * @param outsideDyad rows read correctly but touching neither country
 * @param rejected    bad rows skipped (lenient reading only)
 * @param problems    the first bad rows' problems (at most {@value EventReader#PROBLEMS_LISTED})
 * @param placed      rows of files without a country column, by how their country was found
 *                    (admin1, coordinates, not placed); empty when every file names countries
 */
public record ReadSummary(List<String> files, long rows, long kept, long outsideDyad, long rejected,
    List<ImportProblem> problems, Map<EventPlaces.How, Long> placed) {

  /** A summary of files that all name their events' countries. */
  public ReadSummary(List<String> files, long rows, long kept, long outsideDyad, long rejected,
      List<ImportProblem> problems) {
    this(files, rows, kept, outsideDyad, rejected, problems, Map.of());
  }

  public ReadSummary {
    placed = Map.copyOf(placed);
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    if (rows != kept + outsideDyad + rejected) {
      throw new IllegalArgumentException("rows " + rows + " != kept " + kept + " + outside " + outsideDyad
          + " + rejected " + rejected);
    }
  }
}
