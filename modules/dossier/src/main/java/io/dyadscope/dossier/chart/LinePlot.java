package io.dyadscope.dossier.chart;

import java.util.List;
import java.util.Optional;

/**
 * The data of a line chart over time: facts joined by a line (broken where periods are missing),
 * published projections as hollow diamonds, and optionally a computed forecast fan, all in the
 * subject's one colour.
 *
 * @param title      chart title
 * @param yTitle     what the y axis measures, with its unit
 * @param monthly    true when x values are months (label ticks as {@code YYYY-MM}), false for years
 * @param facts      observed or reported values, in time order
 * @param published  published projections
 * @param forecast   the computed forecast, if any
 * @param colour     the subject's colour, e.g. {@code #0072B2}
 * @param sourceLine the source line printed inside the drawing, or empty
 */
public record LinePlot(String title, String yTitle, boolean monthly, List<PlotPoint> facts,
    List<PlotPoint> published, Optional<Fan> forecast, String colour, String sourceLine) implements Plot {

  public LinePlot {
    facts = List.copyOf(facts);
    published = List.copyOf(published);
    colour = colour == null || colour.isBlank() ? Palette.OTHERS.get(0) : colour;
    sourceLine = sourceLine == null ? "" : sourceLine.strip();
    if (facts.isEmpty() && published.isEmpty()) {
      throw new IllegalArgumentException("line plot '" + title + "' has no points");
    }
  }

  /** A plot in the default colour without a source line. */
  public LinePlot(String title, String yTitle, boolean monthly, List<PlotPoint> facts, List<PlotPoint> published,
      Optional<Fan> forecast) {
    this(title, yTitle, monthly, facts, published, forecast, "", "");
  }
}
