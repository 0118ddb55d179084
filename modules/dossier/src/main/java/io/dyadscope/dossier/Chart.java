package io.dyadscope.dossier;

import io.dyadscope.dossier.chart.BarPlot;
import io.dyadscope.dossier.chart.LinePlot;
import io.dyadscope.dossier.chart.Plot;
import java.util.Optional;

/**
 * A figure of the dossier: its data, caption and drawing.
 *
 * @param id      spec id
 * @param number  figure number, from 1
 * @param title   title with names filled in
 * @param caption what the figure shows, generated from its data
 * @param file    file name for the SVG when rendered apart, e.g. {@code figure-1-trade.svg}
 * @param line    the data of a line chart
 * @param bars    the data of a bar chart
 * @param empty   "No data ..." when there is nothing to draw, else empty
 * @param sources the sources of the values drawn, printed under the chart and inside the SVG
 * @param csv     the values drawn as CSV (header line first), empty when there is nothing to draw
 */
public record Chart(String id, int number, String title, String caption, String file, Optional<LinePlot> line,
    Optional<BarPlot> bars, String empty, SourceLine sources, String csv) {

  /** File name of the chart's data: {@code figure-1-trade.csv}. */
  public String csvFile() {
    return file.replaceAll("\\.svg$", ".csv");
  }

  /** What to draw: the line or the bar plot, empty when there is no data. */
  public Optional<Plot> plot() {
    return line.<Plot>map(p -> p).or(() -> bars);
  }

  public boolean isEmpty() {
    return plot().isEmpty();
  }
}
