package io.dyadscope.dossier.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of a grouped bar chart.
 *
 * @param title      chart title
 * @param yTitle     what the y axis measures, with its unit
 * @param groups     labels of the groups along the x axis
 * @param series     labels of the bars within each group (the legend)
 * @param values     {@code values.get(g).get(s)} is the bar of series {@code s} in group {@code g};
 *                   NaN where there is no value
 * @param colours    one colour per series (a country keeps its colour across charts)
 * @param projected  per series, true when it holds published projections (drawn pale with a dashed edge)
 * @param sourceLine the source line printed inside the drawing, or empty
 */
public record BarPlot(String title, String yTitle, List<String> groups, List<String> series,
    List<List<Double>> values, List<String> colours, List<Boolean> projected, String sourceLine) implements Plot {

  public BarPlot {
    groups = List.copyOf(groups);
    series = List.copyOf(series);
    colours = List.copyOf(colours);
    projected = List.copyOf(projected);
    sourceLine = sourceLine == null ? "" : sourceLine.strip();
    List<List<Double>> copy = new ArrayList<>();
    for (List<Double> row : values) {
      if (row.size() != series.size()) {
        throw new IllegalArgumentException("bar plot '" + title + "' has a group with " + row.size() + " values for "
            + series.size() + " series");
      }
      copy.add(List.copyOf(row));
    }
    values = List.copyOf(copy);
    if (values.size() != groups.size()) {
      throw new IllegalArgumentException("bar plot '" + title + "' has " + values.size() + " value rows for "
          + groups.size() + " groups");
    }
    if (colours.size() != series.size() || projected.size() != series.size()) {
      throw new IllegalArgumentException("bar plot '" + title + "' needs one colour and one projected flag per"
          + " series: " + series.size() + " series, " + colours.size() + " colours, " + projected.size() + " flags");
    }
    if (values.stream().flatMap(List::stream).allMatch(v -> v.isNaN())) {
      throw new IllegalArgumentException("bar plot '" + title + "' has no values");
    }
  }

  /** Series in palette order, none projected, no source line. */
  public BarPlot(String title, String yTitle, List<String> groups, List<String> series, List<List<Double>> values) {
    this(title, yTitle, groups, series, values, Palette.sequence(series.size()),
        series.stream().map(s -> false).toList(), "");
  }
}
