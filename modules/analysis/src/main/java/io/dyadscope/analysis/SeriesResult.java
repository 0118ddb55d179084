package io.dyadscope.analysis;

import io.dyadscope.evidence.Observation;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SeriesBuilder} makes of the observations of one indicator and subject.
 *
 * @param series        the facts, one point per period
 * @param disagreements periods whose facts disagree, in period order
 * @param projections   projections published for that indicator and subject, in period order
 */
public record SeriesResult(Series series, List<Disagreement> disagreements, List<Observation> projections) {

  public SeriesResult {
    Objects.requireNonNull(series, "series");
    disagreements = List.copyOf(Objects.requireNonNull(disagreements, "disagreements"));
    projections = List.copyOf(Objects.requireNonNull(projections, "projections"));
  }
}
