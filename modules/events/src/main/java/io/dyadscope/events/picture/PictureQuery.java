package io.dyadscope.events.picture;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.Objects;

/**
 * What picture to compute.
 *
 * @param dyad     the two countries
 * @param byMonth  periods are months (else years)
 * @param from     first period, or null
 * @param to       last period, or null
 * @param types    keep only events whose type, sub-type or CAMEO root code is one of these (empty: all)
 * @param top      how many actors and places to list per dataset
 */
public record PictureQuery(Dyad dyad, boolean byMonth, Period from, Period to, List<String> types, int top) {

  public PictureQuery {
    Objects.requireNonNull(dyad, "dyad");
    types = List.copyOf(types);
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1: " + top);
    }
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public static PictureQuery monthly(Dyad dyad) {
    return new PictureQuery(dyad, true, null, null, List.of(), 10);
  }
}
