package io.dyadscope.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Values by day, month or quarter aggregated up to years, by the indicator's combine rule: a
 * flow ({@code sum}) adds its parts, and only a year with every part present is complete; a stock
 * ({@code last}) takes the year's last value; a rate ({@code mean}) averages its parts. A
 * one-off estimate ({@code fixed}) is not aggregated.
 */
public final class PeriodValues {

  /**
   * A year's aggregate.
   *
   * @param year     the year
   * @param value    the aggregate
   * @param parts    how many values went into it
   * @param expected how many parts make the whole year at the finest granularity present
   */
  public record Yearly(Period year, double value, int parts, int expected) {
    public Yearly {
      Objects.requireNonNull(year, "year");
      if (!year.isAnnual()) {
        throw new IllegalArgumentException("not a year: " + year);
      }
    }

    /** True when every part of the year was there (always for last and mean). */
    public boolean complete() {
      return parts >= expected;
    }
  }

  private PeriodValues() {}

  /**
   * Aggregates {@code values} (one value a period, all of one granularity) to years.
   *
   * @throws IllegalArgumentException when granularities are mixed or the rule is {@code fixed}
   */
  public static List<Yearly> toYears(Map<Period, Double> values, Combine combine) {
    if (combine == Combine.FIXED) {
      throw new IllegalArgumentException("one-off estimates (combine fixed) are not aggregated over time");
    }
    SortedMap<Period, Double> sorted = new TreeMap<>(values);
    Period.Granularity g = null;
    Map<Integer, List<Map.Entry<Period, Double>>> byYear = new TreeMap<>();
    for (Map.Entry<Period, Double> e : sorted.entrySet()) {
      if (g == null) {
        g = e.getKey().granularity();
      } else if (g != e.getKey().granularity()) {
        throw new IllegalArgumentException("cannot aggregate " + g.word() + "s with " + e.getKey().granularity().word()
            + "s: " + e.getKey());
      }
      byYear.computeIfAbsent(e.getKey().year(), y -> new ArrayList<>()).add(e);
    }
    List<Yearly> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Map.Entry<Period, Double>>> y : byYear.entrySet()) {
      List<Map.Entry<Period, Double>> parts = y.getValue();
      double v = switch (combine) {
        case SUM -> parts.stream().mapToDouble(Map.Entry::getValue).sum();
        case LAST -> parts.get(parts.size() - 1).getValue();
        case MEAN -> parts.stream().mapToDouble(Map.Entry::getValue).average().orElseThrow();
        case FIXED -> throw new IllegalStateException();
      };
      int expected = combine == Combine.SUM ? parts.get(0).getKey().periodsPerYear() : parts.size();
      out.add(new Yearly(Period.ofYear(y.getKey()), v, parts.size(), expected));
    }
    return out;
  }
}
