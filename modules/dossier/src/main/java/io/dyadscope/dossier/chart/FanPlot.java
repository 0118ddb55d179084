package io.dyadscope.dossier.chart;

import java.util.List;

/**
 * The data of a fan chart over months: the history as a line and a forecast of the months after it
 * as widening bands (80% and 95%) around a dashed median, all in one colour.
 *
 * @param title      chart title
 * @param yTitle     what the y axis counts
 * @param facts      the history, months as ordinals (year * 12 + month - 1), in order
 * @param steps      one per month forecast, in order, each from the last fact ({@link Fan#fromX}, {@link Fan#fromY})
 *                   with its median as the point
 * @param colour     the series' colour
 * @param sourceLine the source line printed inside the drawing, or empty
 */
public record FanPlot(String title, String yTitle, List<PlotPoint> facts, List<Fan> steps, String colour,
    String sourceLine) implements Plot {

  public FanPlot {
    facts = List.copyOf(facts);
    steps = List.copyOf(steps);
    colour = colour == null || colour.isBlank() ? Palette.OTHERS.get(0) : colour;
    sourceLine = sourceLine == null ? "" : sourceLine.strip();
    if (facts.isEmpty() || steps.isEmpty()) {
      throw new IllegalArgumentException("fan plot '" + title + "' needs a history and at least one month forecast");
    }
    for (int i = 1; i < steps.size(); i++) {
      if (!(steps.get(i).x() > steps.get(i - 1).x())) {
        throw new IllegalArgumentException("fan plot '" + title + "': months forecast out of order");
      }
    }
  }
}
