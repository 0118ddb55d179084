package io.dyadscope.dossier.chart;

/**
 * One point of a line plot.
 *
 * @param x     position on the time axis: a period ordinal (years, or months since year 0)
 * @param y     the value
 * @param label the period as written, e.g. {@code 2022}
 */
public record PlotPoint(double x, double y, String label) {

  public PlotPoint {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("plot point " + label + " is not finite: (" + x + ", " + y + ")");
    }
  }
}
