package io.dyadscope.analysis;

import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.Objects;

/**
 * One value of a {@link Series}, with the observations and sources that support it.
 *
 * @param period         the year or month the value refers to
 * @param value          the value, finite
 * @param observationIds ids of the observations behind the value, the chosen one first; not empty
 * @param sourceIds      ids of their sources without repeats, the chosen observation's first; not empty
 */
public record Point(Period period, double value, List<String> observationIds, List<String> sourceIds) {

  public Point {
    Objects.requireNonNull(period, "period");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("point " + period + " has a value that is not finite: " + value);
    }
    observationIds = List.copyOf(Objects.requireNonNull(observationIds, "observationIds"));
    sourceIds = List.copyOf(Objects.requireNonNull(sourceIds, "sourceIds"));
    if (observationIds.isEmpty()) {
      throw new IllegalArgumentException("point " + period + " cites no observation");
    }
    if (sourceIds.isEmpty()) {
      throw new IllegalArgumentException("point " + period + " cites no source");
    }
  }
}
