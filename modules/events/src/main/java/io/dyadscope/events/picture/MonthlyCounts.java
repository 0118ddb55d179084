package io.dyadscope.events.picture;

import io.dyadscope.evidence.Labels;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A dyad's events in one dataset, month by month and by type (ACLED event type, UCDP type of
 * violence, GDELT QuadClass): events (GDELT near-duplicates collapsed) and fatalities (UCDP best,
 * with low and high). The store fills it with SQL; the monthly forecasts read its totals.
 *
 * @param dyad    e.g. {@code PAK-AFG}
 * @param dataset e.g. {@code ucdp}
 * @param rows    one per month and type with events, in month then type order
 */
public record MonthlyCounts(String dyad, String dataset, List<Row> rows) {

  public MonthlyCounts {
    rows = rows.stream().sorted(Comparator.comparing(Row::month).thenComparing(Row::type)).toList();
  }

  /**
   * @param month      the month
   * @param type       the event type
   * @param events     events
   * @param fatalities deaths (UCDP best), null where the dataset has none
   * @param low        UCDP low estimate, null where none
   * @param high       UCDP high estimate, null where none
   */
  public record Row(YearMonth month, String type, long events, Long fatalities, Long low, Long high) {}

  /** What a monthly series counts. */
  public enum Measure {
    EVENTS, FATALITIES;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Measure parse(String text) {
      return Labels.parse(values(), Measure::id, text, "measure");
    }
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The first month with events, or null. */
  public YearMonth first() {
    return rows.isEmpty() ? null : rows.get(0).month();
  }

  /** The last month with events, or null. */
  public YearMonth last() {
    return rows.isEmpty() ? null : rows.get(rows.size() - 1).month();
  }

  /** The types present, in order. */
  public List<String> types() {
    return rows.stream().map(Row::type).distinct().sorted().toList();
  }

  /** Every month from {@link #first} to {@link #last}: the measure summed over types (of {@code type} only, unless null); 0 where none. */
  public double[] totals(Measure measure, String type) {
    return sum(measure, type, 0);
  }

  /** As {@link #totals} with the low (which = 1) or high (which = 2) fatality estimates. */
  public double[] fatalityBounds(boolean high) {
    return sum(Measure.FATALITIES, null, high ? 2 : 1);
  }

  private double[] sum(Measure measure, String type, int which) {
    if (rows.isEmpty()) {
      return new double[0];
    }
    int n = (int) first().until(last(), java.time.temporal.ChronoUnit.MONTHS) + 1;
    double[] out = new double[n];
    for (Row r : rows) {
      if (type != null && !r.type().equals(type)) {
        continue;
      }
      int i = (int) first().until(r.month(), java.time.temporal.ChronoUnit.MONTHS);
      Long v = measure == Measure.EVENTS ? Long.valueOf(r.events()) : which == 1 ? r.low() : which == 2 ? r.high()
          : r.fatalities();
      out[i] += v == null ? 0 : v;
    }
    return out;
  }

  /** Whether the dataset records fatalities at all (GDELT does not). */
  public boolean hasFatalities() {
    return rows.stream().anyMatch(r -> r.fatalities() != null);
  }

  /** The rows as lines {@code month,type,events,fatalities,low,high}: the data a digest identifies. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.month() + "," + r.type() + "," + r.events() + "," + r.fatalities() + "," + r.low() + "," + r.high());
    }
    return out;
  }
}
