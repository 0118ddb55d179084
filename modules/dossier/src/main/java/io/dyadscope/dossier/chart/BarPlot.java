package io.dyadscope.dossier.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of a grouped bar chart.
 *
 * @param title  chart title
 * @param yTitle what the y axis measures, with its unit
 * @param groups labels of the groups along the x axis
 * @param series labels of the bars within each group (the legend)
 * @param values {@code values.get(g).get(s)} is the bar of series {@code s} in group {@code g};
 *               NaN where there is no value
 */
public record BarPlot(String title, String yTitle, List<String> groups, List<String> series,
    List<List<Double>> values) {

  public BarPlot {
    groups = List.copyOf(groups);
    series = List.copyOf(series);
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
    if (values.stream().flatMap(List::stream).allMatch(v -> v.isNaN())) {
      throw new IllegalArgumentException("bar plot '" + title + "' has no values");
    }
  }
}
