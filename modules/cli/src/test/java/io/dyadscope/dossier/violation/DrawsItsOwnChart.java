package io.dyadscope.dossier.violation;

import io.dyadscope.dossier.chart.Plot;
import io.dyadscope.render.chart.Charts;

/**
 * A deliberate violation for {@code ArchitectureTest}: a class of the findings engine that draws
 * a chart itself instead of handing the plot to the render module. It lives in test sources,
 * which the architecture check of the main code leaves out.
 */
public final class DrawsItsOwnChart {

  private DrawsItsOwnChart() {}

  public static String svg(Plot p) {
    return Charts.draw(p);
  }
}
