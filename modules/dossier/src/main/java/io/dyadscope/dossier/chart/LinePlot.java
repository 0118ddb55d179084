package io.dyadscope.dossier.chart;

import java.util.List;
import java.util.Optional;

/**
 * The data of a line chart over time: facts joined by a line, published projections as diamonds,
 * and optionally a computed forecast fan.
 *
 * @param title     chart title
 * @param yTitle    what the y axis measures, with its unit
 * @param monthly   true when x values are months (label ticks as {@code YYYY-MM}), false for years
 * @param facts     observed or reported values, in time order
 * @param published published projections
 * @param forecast  the computed forecast, if any
 */
public record LinePlot(String title, String yTitle, boolean monthly, List<PlotPoint> facts,
    List<PlotPoint> published, Optional<Fan> forecast) {

  public LinePlot {
    facts = List.copyOf(facts);
    published = List.copyOf(published);
    if (facts.isEmpty() && published.isEmpty()) {
      throw new IllegalArgumentException("line plot '" + title + "' has no points");
    }
  }
}
