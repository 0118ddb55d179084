package io.dyadscope.dossier.events;

import java.util.List;

/**
 * One chart of the event section, as data for a renderer.
 *
 * @param id       stable id, e.g. {@code events-ucdp-types}
 * @param kind     {@code stacked-bars} (counts by type), {@code range} (a value with its low-high band) or
 *                 {@code line}
 * @param title    the chart's title
 * @param unit     what the values count
 * @param periods  the x axis, in order ({@code YYYY-MM} or {@code YYYY}); every period of the span, gaps as 0
 * @param series   one per stacked type, band or line; each holds a value per period
 * @param citation the dataset the chart shows, as the caption cites it
 * @param note     what the counts are (e.g. GDELT near-duplicates collapsed), or empty
 */
public record EventChart(String id, String kind, String title, String unit, List<String> periods,
    List<EventSeries> series, String citation, String note) {

  public EventChart {
    periods = List.copyOf(periods);
    series = List.copyOf(series);
    for (EventSeries s : series) {
      if (s.values().size() != periods.size()) {
        throw new IllegalArgumentException("chart " + id + ": series " + s.name() + " has " + s.values().size()
            + " values for " + periods.size() + " periods");
      }
    }
  }

  /**
   * @param name   legend label
   * @param values one per period (NaN where the period has none, for lines)
   * @param low    lower band per period, or empty
   * @param high   upper band per period, or empty
   */
  public record EventSeries(String name, List<Double> values, List<Double> low, List<Double> high) {
    public EventSeries {
      values = List.copyOf(values);
      low = List.copyOf(low);
      high = List.copyOf(high);
    }
  }
}
