package io.dyadscope.events.read;

import io.dyadscope.importers.ImportProblem;
import java.util.List;

/**
 * What reading event files found.
 *
 * @param files       the files (zip members as {@code file.zip!member}) read, in order
 * @param rows        data rows read (headers and HXL tag rows not counted)
 * @param kept        rows kept by the dyad selection and handed on
 * @param outsideDyad rows read correctly but touching neither country
 * @param rejected    bad rows skipped (lenient reading only)
 * @param problems    the first bad rows' problems (at most {@value EventReader#PROBLEMS_LISTED})
 */
public record ReadSummary(List<String> files, long rows, long kept, long outsideDyad, long rejected,
    List<ImportProblem> problems) {

  public ReadSummary {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    if (rows != kept + outsideDyad + rejected) {
      throw new IllegalArgumentException("rows " + rows + " != kept " + kept + " + outside " + outsideDyad
          + " + rejected " + rejected);
    }
  }
}
