package io.dyadscope.dossier.chart;

import io.dyadscope.dossier.events.EventChart;

/**
 * An event chart to draw with the source line printed inside the drawing.
 *
 * @param chart  the counts by period and series
 * @param source the source line's text, e.g. {@code Source: UCDP GED [ucdp-ged].}
 */
public record EventPlot(EventChart chart, String source) implements Plot {}
