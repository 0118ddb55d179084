package io.dyadscope.fetch.api;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to fetch: a dyad's two countries over a span of days, whole years for the yearly statistics.
 *
 * @param dyad the dyad
 * @param from first day
 * @param to   last day (inclusive)
 */
public record FetchRequest(Dyad dyad, LocalDate from, LocalDate to) {

  public FetchRequest {
    Objects.requireNonNull(dyad, "dyad");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** From the first day of {@code from} to the last day of {@code to}. */
  public static FetchRequest of(Dyad dyad, Period from, Period to) {
    return new FetchRequest(dyad, first(from), last(to));
  }

  public int fromYear() {
    return from.getYear();
  }

  public int toYear() {
    return to.getYear();
  }

  static LocalDate first(Period p) {
    if (p.day() != 0) {
      return LocalDate.of(p.year(), p.month(), p.day());
    }
    if (p.month() != 0) {
      return LocalDate.of(p.year(), p.month(), 1);
    }
    return LocalDate.of(p.year(), p.quarter() == 0 ? 1 : 3 * p.quarter() - 2, 1);
  }

  static LocalDate last(Period p) {
    if (p.day() != 0) {
      return LocalDate.of(p.year(), p.month(), p.day());
    }
    if (p.month() != 0) {
      return LocalDate.of(p.year(), p.month(), 1).plusMonths(1).minusDays(1);
    }
    int endMonth = p.quarter() == 0 ? 12 : 3 * p.quarter();
    return LocalDate.of(p.year(), endMonth, 1).plusMonths(1).minusDays(1);
  }
}
