package io.dyadscope.render.chart;

import java.util.List;

/**
 * A chart of lines on a true time axis (the dashboard's headline charts): x is a period's start as
 * a fractional year, so 2019, 2021 and 2022 stand two years and one year apart.
 *
 * @param id      stable id, used in the SVG's ids
 * @param title   what the chart shows
 * @param unit    the unit of the values
 * @param lines   the lines, in drawing (and colour) order
 * @param markers the dated events to mark with dashed verticals
 */
public record TimePlot(String id, String title, String unit, List<TimeLine> lines, List<Marker> markers) {

  public TimePlot {
    lines = List.copyOf(lines);
    markers = List.copyOf(markers);
  }

  /**
   * A line and its points.
   *
   * @param key         stable key of the series ({@code data-series})
   * @param tooltip     the line's tooltip, e.g. {@code Trade [trade, PAK]}
   * @param legend      its entry in the legend, e.g. {@code Exports (US$)}
   * @param legendTitle the legend entry's tooltip, e.g. {@code trade · PAK}
   */
  public record TimeLine(String key, String tooltip, String legend, String legendTitle, List<TimePoint> points) {
    public TimeLine {
      points = List.copyOf(points);
    }
  }

  /**
   * A point: its period, its time as a fractional year, its value (and as written in
   * {@code data-value}, the same number the chart's CSV gives) and its tooltip.
   */
  public record TimePoint(String period, double time, double value, String data, String tooltip) {}

  /** A dated event, numbered as the list printed below the chart. */
  public record Marker(int number, String date, double time, String text) {}

  /** The time axis: the data's years padded by a quarter year (a year wide at least). */
  public static double[] span(List<Double> times) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double t : times) {
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
    if (hi - lo < 1) {
      lo -= 0.5;
      hi += 0.5;
    }
    return new double[] {Math.floor(lo) - 0.25, Math.ceil(hi) + 0.25};
  }

  /** {@link #span(List)} of this plot's points. */
  public double[] span() {
    return span(lines.stream().flatMap(l -> l.points().stream()).map(TimePoint::time).toList());
  }
}
