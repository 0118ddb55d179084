package io.dyadscope.render.chart;

import static io.dyadscope.render.chart.Charts.LABEL;
import static io.dyadscope.render.chart.Charts.PLOT_BOTTOM;
import static io.dyadscope.render.chart.Charts.PLOT_LEFT;
import static io.dyadscope.render.chart.Charts.PLOT_RIGHT;
import static io.dyadscope.render.chart.Charts.PLOT_TOP;
import static io.dyadscope.render.chart.Charts.plain;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.dossier.chart.Fan;
import io.dyadscope.dossier.chart.FanPlot;
import io.dyadscope.dossier.chart.PlotPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link FanPlot} in the frame, axes, legend and source line of the other charts
 * ({@link Charts#fan}). The y axis runs to the highest fact, median or 80% bound; a 95% band that
 * runs beyond is clipped and marked, as on the yearly forecasts.
 */
final class FanDrawing {

  private FanDrawing() {}

  static Scale yScale(FanPlot p) {
    double min = 0;
    double max = 0;
    for (PlotPoint q : p.facts()) {
      max = Math.max(max, q.y());
    }
    for (Fan f : p.steps()) {
      max = Math.max(max, f.hi80());
    }
    return Scale.nice(min, max == 0 ? 1 : max, Charts.Y_TICKS, PLOT_BOTTOM, PLOT_TOP);
  }

  static String draw(FanPlot p) {
    Scale y = yScale(p);
    double first = p.facts().get(0).x();
    double last = p.steps().get(p.steps().size() - 1).x();
    Scale x = new Scale(first - 0.5, last + 0.5, 1, PLOT_LEFT, PLOT_RIGHT);
    String colour = p.colour();
    Svg svg = ChartFrame.frame(p.title());
    ChartFrame.yAxis(svg, y, p.yTitle());
    long span = Math.round(last - first);
    long every = Math.max(1, (span + 6) / 6);
    svg.group("g", "class", "x-axis", "font-size", LABEL, "text-anchor", "middle", "font-family", "sans-serif");
    for (long t = Math.round(last); t >= Math.round(first); t -= every) {
      double px = x.position(t);
      svg.empty("line", "x1", px, "y1", PLOT_BOTTOM, "x2", px, "y2", PLOT_BOTTOM + 5, "stroke", "#333");
      svg.label(px, PLOT_BOTTOM + 22, ChartFrame.periodLabel(t, true));
    }
    svg.close("g");
    ChartFrame.axes(svg);
    String clipId = "fan-" + Math.abs(p.title().hashCode());
    svg.group("clipPath", "id", clipId);
    svg.empty("rect", "x", PLOT_LEFT, "y", PLOT_TOP, "width", PLOT_RIGHT - PLOT_LEFT, "height", PLOT_BOTTOM - PLOT_TOP);
    svg.close("clipPath");
    Fan start = p.steps().get(0);
    double fx = x.position(start.fromX());
    double fy = y.position(start.fromY());
    svg.group("g", "class", "fan", "clip-path", "url(#" + clipId + ")");
    svg.empty("polygon", "class", "band95", "points", band(p, x, y, true), "fill", colour, "fill-opacity", "0.12");
    svg.empty("polygon", "class", "band80", "points", band(p, x, y, false), "fill", colour, "fill-opacity", "0.25");
    StringBuilder median = new StringBuilder(Svg.num(fx) + "," + Svg.num(fy));
    for (Fan f : p.steps()) {
      median.append(' ').append(Svg.num(x.position(f.x()))).append(',').append(Svg.num(y.position(f.point())));
    }
    svg.empty("polyline", "class", "median", "points", median.toString(), "fill", "none", "stroke", colour,
        "stroke-width", 2, "stroke-dasharray", "6 4");
    svg.close("g");
    svg.empty("polyline", "class", "fact-line", "points", ChartFrame.points(p.facts(), x, y), "fill", "none", "stroke", colour,
        "stroke-width", 2);
    for (PlotPoint q : p.facts()) {
      svg.empty("circle", "class", "fact", "cx", x.position(q.x()), "cy", y.position(q.y()), "r", 2.5, "fill", colour,
          "data-period", q.label(), "data-value", plain(q.y()));
    }
    double highest = Double.NEGATIVE_INFINITY;
    for (Fan f : p.steps()) {
      highest = Math.max(highest, f.hi95());
      svg.empty("circle", "class", "forecast", "cx", x.position(f.x()), "cy", y.position(f.point()), "r", 4, "fill",
          "#ffffff", "stroke", colour, "stroke-width", 2, "data-period", f.label(), "data-value", plain(f.point()),
          "data-lo80", plain(f.lo80()), "data-hi80", plain(f.hi80()), "data-lo95", plain(f.lo95()), "data-hi95",
          plain(f.hi95()));
    }
    if (highest > y.hi()) {
      svg.label(PLOT_RIGHT, PLOT_TOP - 8, "\u2191 95% interval runs to " + Figures.grouped(highest) + " (clipped)",
          "class", "clipped", "font-size", LABEL, "text-anchor", "end", "font-family", "sans-serif", "fill", "#333");
    }
    List<String[]> legend = new ArrayList<>();
    legend.add(new String[] {"circle", colour, "Observed"});
    legend.add(new String[] {"ring", colour, "Forecast median"});
    legend.add(new String[] {"band80", colour, "80% interval"});
    legend.add(new String[] {"band95", colour, "95% interval"});
    double bottom = ChartFrame.legend(svg, legend, PLOT_BOTTOM + 56);
    return ChartFrame.sourceLine(svg, p.sourceLine(), bottom);
  }

  /** The band's outline: from the last fact along the upper bounds, back along the lower ones. */
  private static String band(FanPlot p, Scale x, Scale y, boolean wide) {
    Fan s = p.steps().get(0);
    List<Double> xy = new ArrayList<>(List.of(x.position(s.fromX()), y.position(s.fromY())));
    for (Fan f : p.steps()) {
      xy.add(x.position(f.x()));
      xy.add(y.position(wide ? f.hi95() : f.hi80()));
    }
    for (int i = p.steps().size() - 1; i >= 0; i--) {
      Fan f = p.steps().get(i);
      xy.add(x.position(f.x()));
      xy.add(y.position(wide ? f.lo95() : f.lo80()));
    }
    return Charts.pts(xy.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
