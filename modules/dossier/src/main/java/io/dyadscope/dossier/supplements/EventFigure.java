package io.dyadscope.dossier.supplements;

import io.dyadscope.dossier.SourceLine;
import io.dyadscope.dossier.chart.Plot;

/**
 * A chart of the event picture: what to draw (with the source line inside), its data as CSV and
 * the source line naming the dataset's source id.
 *
 * @param id      stable id, e.g. {@code events-ucdp-types}
 * @param title   title
 * @param caption what the chart counts
 * @param plot    what to draw
 * @param csv     the values drawn, header line first
 * @param sources the dataset cited
 */
public record EventFigure(String id, String title, String caption, Plot plot, String csv, SourceLine sources) {

  /** File name of the chart's data, e.g. {@code events-ucdp-types.csv}. */
  public String csvFile() {
    return id + ".csv";
  }

  /** File name of the drawing when written apart. */
  public String svgFile() {
    return id + ".svg";
  }
}
