package io.dyadscope.dossier.chart;

/**
 * What a figure draws, as data: the findings engine says what to plot and the render module's one
 * chart drawer turns it into SVG, so the model never holds a drawing.
 */
public sealed interface Plot permits LinePlot, BarPlot, FanPlot, EventPlot {}
