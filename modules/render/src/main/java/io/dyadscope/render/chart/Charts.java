package io.dyadscope.render.chart;

import io.dyadscope.dossier.chart.BarPlot;
import io.dyadscope.dossier.chart.EventPlot;
import io.dyadscope.dossier.chart.Fan;
import io.dyadscope.dossier.chart.FanPlot;
import io.dyadscope.dossier.chart.LinePlot;
import io.dyadscope.dossier.chart.Plot;
import io.dyadscope.dossier.chart.PlotPoint;
import io.dyadscope.evidence.text.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws {@link LinePlot}s and {@link BarPlot}s as standalone SVG documents: title, y axis with
 * nice ticks and grid lines, labelled x axis, legend, and marks that carry their data in
 * {@code data-*} attributes. The layout is fixed (see the constants) so that where a value lands
 * can be computed: a value {@code v} lies at {@code y = scale.position(v)} on a scale from
 * {@link #PLOT_BOTTOM} (the axis minimum) to {@link #PLOT_TOP} (the maximum).
 */
public final class Charts {

  public static final double WIDTH = 720;
  public static final double HEIGHT = 440;
  public static final double PLOT_LEFT = 88;
  public static final double PLOT_RIGHT = 696;
  public static final double PLOT_TOP = 56;
  public static final double PLOT_BOTTOM = 320;
  /**
   * Font size of every label, in user units: the page never shows the drawing below 560 px wide
   * (narrower screens scroll it), so text is at least 14 * 560 / 720 = 10.9 px on screen.
   */
  public static final int LABEL = 14;
  /** About this many ticks on a y axis. */
  public static final int Y_TICKS = 6;


  private Charts() {}

  /** A line chart on a time axis as inline SVG, for a web page. */
  public static String draw(TimePlot p) {
    return TimeChart.svg(p);
  }

  /** The legend of a time chart as an HTML list, for a web page. */
  public static String legend(TimePlot p) {
    return TimeChart.legend(p);
  }

  /** Areas shaded by a count as an inline SVG choropleth, for a web page. */
  public static String draw(MapPlot p) {
    return MapSvg.svg(p);
  }

  /** The legend of a choropleth (its classes' colours and ranges) as an HTML list, for a web page. */
  public static String legend(MapPlot p) {
    return MapSvg.legend(p);
  }

  /** The one way to draw a figure of the dossier, whatever its kind. */
  public static String draw(Plot p) {
    if (p instanceof LinePlot l) {
      return line(l);
    }
    if (p instanceof BarPlot b) {
      return bars(b);
    }
    if (p instanceof FanPlot f) {
      return fan(f);
    }
    EventPlot e = (EventPlot) p;
    return EventSvg.draw(e.chart(), e.source());
  }

  /** A 95% bound further than this many times the rest of the chart's range is clipped rather than drawn. */
  public static final double FAR_BOUND = 2;

  /**
   * The y scale a line plot is drawn on: from 0 (or the lowest value, if negative) to the highest
   * fact, published value, point forecast or 80% bound, so that the interval's shape is seen whole
   * (an axis that cut the upper bound would make a widening interval look like a forecast of
   * decline). The 95% bounds stretch it too unless they lie more than {@link #FAR_BOUND} times
   * beyond that range: such a fan is clipped and marked.
   */
  public static Scale yScale(LinePlot p) {
    double min = 0;
    double max = 0;
    List<Double> all = new ArrayList<>();
    p.facts().forEach(q -> all.add(q.y()));
    p.published().forEach(q -> all.add(q.y()));
    p.forecast().ifPresent(f -> {
      all.add(f.point());
      all.add(f.lo80());
      all.add(f.hi80());
    });
    for (double v : all) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (p.forecast().isPresent()) {
      Fan f = p.forecast().get();
      if (f.hi95() <= max + FAR_BOUND * (max - min)) {
        max = Math.max(max, f.hi95());
      }
      if (f.lo95() >= min - FAR_BOUND * (max - min)) {
        min = Math.min(min, f.lo95());
      }
    }
    return Scale.nice(min, max, Y_TICKS, PLOT_BOTTOM, PLOT_TOP);
  }

  /** The x scale of a line plot: half a period of margin either side of the first and last period. */
  public static Scale xScale(LinePlot p) {
    double[] r = xRange(p);
    return new Scale(r[0] - 0.5, r[1] + 0.5, 1, PLOT_LEFT, PLOT_RIGHT);
  }

  /** The y scale of a bar plot: always including 0. */
  public static Scale yScale(BarPlot p) {
    double min = 0;
    double max = 0;
    for (List<Double> row : p.values()) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return Scale.nice(min, max, Y_TICKS, PLOT_BOTTOM, PLOT_TOP);
  }

  private static double[] xRange(LinePlot p) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    List<Double> xs = new ArrayList<>();
    p.facts().forEach(q -> xs.add(q.x()));
    p.published().forEach(q -> xs.add(q.x()));
    p.forecast().ifPresent(f -> xs.add(f.x()));
    for (double x : xs) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    return new double[] {lo, hi};
  }

  /** The line plot as an SVG document. */
  public static String line(LinePlot p) {
    Scale y = yScale(p);
    Scale x = xScale(p);
    String colour = p.colour();
    Svg svg = ChartFrame.frame(p.title());
    ChartFrame.yAxis(svg, y, p.yTitle());
    double[] r = xRange(p);
    long span = Math.round(r[1] - r[0]);
    long every = Math.max(1, (span + 8) / 8);
    svg.group("g", "class", "x-axis", "font-size", LABEL, "text-anchor", "middle", "font-family", "sans-serif");
    for (long t = Math.round(r[0]); t <= Math.round(r[1]); t += every) {
      double px = x.position(t);
      svg.empty("line", "x1", px, "y1", PLOT_BOTTOM, "x2", px, "y2", PLOT_BOTTOM + 5, "stroke", "#333");
      svg.label(px, PLOT_BOTTOM + 22, ChartFrame.periodLabel(t, p.monthly()));
    }
    svg.close("g");
    ChartFrame.axes(svg);
    svg.group("clipPath", "id", "plot-" + Math.abs(p.title().hashCode()));
    svg.empty("rect", "x", PLOT_LEFT, "y", PLOT_TOP, "width", PLOT_RIGHT - PLOT_LEFT, "height", PLOT_BOTTOM - PLOT_TOP);
    svg.close("clipPath");
    String clip = "url(#plot-" + Math.abs(p.title().hashCode()) + ")";

    // a published value at the forecast's period is moved aside so neither marker hides the other
    double shift = p.forecast().isPresent()
        && p.published().stream().anyMatch(q -> q.x() == p.forecast().get().x()) ? 10 : 0;
    p.forecast().ifPresent(f -> {
      double fx = x.position(f.fromX());
      double fy = y.position(f.fromY());
      double tx = x.position(f.x());
      svg.group("g", "class", "fan", "clip-path", clip);
      svg.empty("polygon", "class", "band95", "points", pts(fx, fy, tx, y.position(f.hi95()), tx, y.position(f.lo95())),
          "fill", colour, "fill-opacity", "0.12", "data-lo", plain(f.lo95()), "data-hi", plain(f.hi95()));
      svg.empty("polygon", "class", "band80", "points", pts(fx, fy, tx, y.position(f.hi80()), tx, y.position(f.lo80())),
          "fill", colour, "fill-opacity", "0.25", "data-lo", plain(f.lo80()), "data-hi", plain(f.hi80()));
      svg.empty("line", "x1", fx, "y1", fy, "x2", tx, "y2", y.position(f.point()), "stroke", colour,
          "stroke-width", 2, "stroke-dasharray", "6 4");
      svg.close("g");
      if (f.hi95() > y.hi() || f.lo95() < y.lo()) {
        boolean up = f.hi95() > y.hi();
        // above the plot, clear of the fan and the markers
        svg.label(PLOT_RIGHT, PLOT_TOP - 8, (up ? "\u2191 95% interval runs to " + Figures.grouped(Figures.round(f.hi95()))
            : "\u2193 95% interval runs to " + Figures.grouped(Figures.round(f.lo95()))) + " (clipped)", "class",
            "clipped", "font-size", LABEL, "text-anchor", "end", "font-family", "sans-serif", "fill", "#333");
      }
    });
    List<List<PlotPoint>> runs = runs(p.facts());
    for (List<PlotPoint> run : runs) {
      if (run.size() < 2) {
        continue;
      }
      svg.empty("polyline", "class", "fact-line", "points", ChartFrame.points(run, x, y), "fill", "none", "stroke", colour,
          "stroke-width", 2.5);
    }
    for (PlotPoint q : p.facts()) {
      svg.empty("circle", "class", "fact", "cx", x.position(q.x()), "cy", y.position(q.y()), "r", 5, "fill", colour,
          "data-period", q.label(), "data-value", plain(q.y()));
    }
    for (PlotPoint q : p.published()) {
      double px = x.position(q.x()) - (p.forecast().isPresent() && q.x() == p.forecast().get().x() ? shift : 0);
      double py = y.position(q.y());
      svg.empty("path", "class", "published", "d", "M" + Svg.num(px) + "," + Svg.num(py - 7) + " L" + Svg.num(px + 7)
          + "," + Svg.num(py) + " L" + Svg.num(px) + "," + Svg.num(py + 7) + " L" + Svg.num(px - 7) + ","
          + Svg.num(py) + " Z", "fill", "#ffffff", "stroke", colour, "stroke-width", 2, "data-period", q.label(),
          "data-value", plain(q.y()));
    }
    p.forecast().ifPresent(f -> svg.empty("circle", "class", "forecast", "cx", x.position(f.x()) + shift, "cy",
        y.position(f.point()), "r", 5, "fill", "#ffffff", "stroke", colour, "stroke-width", 2.5,
        "stroke-dasharray", "3 2", "data-period", f.label(), "data-value", plain(f.point())));

    List<String[]> legend = new ArrayList<>();
    if (!p.facts().isEmpty()) {
      legend.add(new String[] {"circle", colour, runs.size() > 1 ? "Observed or reported (gap: no data)"
          : "Observed or reported"});
    }
    if (!p.published().isEmpty()) {
      legend.add(new String[] {"diamond", colour, "Published projection"});
    }
    if (p.forecast().isPresent()) {
      legend.add(new String[] {"ring", colour, "Dyadscope forecast"});
      legend.add(new String[] {"band80", colour, "80% interval"});
      legend.add(new String[] {"band95", colour, "95% interval"});
    }
    double bottom = ChartFrame.legend(svg, legend, PLOT_BOTTOM + 56);
    return ChartFrame.sourceLine(svg, p.sourceLine(), bottom);
  }

  /** The fan plot (monthly history and the months forecast after it) as an SVG document. */
  public static String fan(FanPlot p) {
    return FanDrawing.draw(p);
  }

  /** Facts split where a period is missing, so that the line is not drawn across the gap. */
  static List<List<PlotPoint>> runs(List<PlotPoint> facts) {
    List<List<PlotPoint>> runs = new ArrayList<>();
    List<PlotPoint> run = new ArrayList<>();
    for (PlotPoint q : facts) {
      if (!run.isEmpty() && q.x() - run.get(run.size() - 1).x() > 1) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(q);
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /** The bar plot as an SVG document. */
  public static String bars(BarPlot p) {
    Scale y = yScale(p);
    Svg svg = ChartFrame.frame(p.title());
    ChartFrame.yAxis(svg, y, p.yTitle());
    int groups = p.groups().size();
    int series = p.series().size();
    double band = (PLOT_RIGHT - PLOT_LEFT) / groups;
    double barWidth = band * 0.8 / series;
    double zero = y.position(0);
    svg.group("g", "class", "x-axis", "font-size", LABEL, "text-anchor", "middle", "font-family", "sans-serif");
    int lineCount = 1;
    for (int g = 0; g < groups; g++) {
      double cx = PLOT_LEFT + band * (g + 0.5);
      List<String> lines = ChartFrame.wrap(p.groups().get(g), Math.max(6, (int) (band / 8)));
      lineCount = Math.max(lineCount, lines.size());
      for (int i = 0; i < lines.size(); i++) {
        svg.label(cx, PLOT_BOTTOM + 20 + 17 * i, lines.get(i));
      }
    }
    svg.close("g");
    svg.group("g", "class", "bars", "font-size", LABEL, "text-anchor", "middle", "font-family", "sans-serif");
    for (int g = 0; g < groups; g++) {
      for (int s = 0; s < series; s++) {
        double v = p.values().get(g).get(s);
        if (Double.isNaN(v)) {
          continue;
        }
        double bx = PLOT_LEFT + band * g + band * 0.1 + barWidth * s;
        double top = Math.min(y.position(v), zero);
        double height = Math.abs(y.position(v) - zero);
        String colour = p.colours().get(s);
        boolean projected = p.projected().get(s);
        svg.empty("rect", "class", "bar s" + s + (projected ? " projected" : ""), "x", bx, "y", top, "width", barWidth,
            "height", height, "fill", colour, "fill-opacity", projected ? "0.35" : "1", "stroke", colour,
            "stroke-width", projected ? 1.5 : 0, "stroke-dasharray", projected ? "4 3" : "none",
            "data-group", p.groups().get(g), "data-series", p.series().get(s), "data-value", plain(v));
        String text = ChartFrame.axisNumber(v, 1);
        // a value label wider than its bar would run into the next one: the table and CSV carry the value
        if (text.length() * LABEL * 0.6 <= barWidth + 2) {
          svg.label(bx + barWidth / 2, v >= 0 ? top - 4 : top + height + 14, text);
        }
      }
    }
    svg.close("g");
    ChartFrame.axes(svg);
    svg.empty("line", "x1", PLOT_LEFT, "y1", zero, "x2", PLOT_RIGHT, "y2", zero, "stroke", "#333");
    List<String[]> legend = new ArrayList<>();
    for (int s = 0; s < series; s++) {
      legend.add(new String[] {p.projected().get(s) ? "pale" : "box", p.colours().get(s), p.series().get(s)});
    }
    double bottom = ChartFrame.legend(svg, legend, PLOT_BOTTOM + 36 + 17 * lineCount);
    return ChartFrame.sourceLine(svg, p.sourceLine(), bottom);
  }

  static String pts(double... xy) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      b.append(i == 0 ? "" : " ").append(Svg.num(xy[i])).append(',').append(Svg.num(xy[i + 1]));
    }
    return b.toString();
  }

  /** A value as exact decimal text for {@code data-value}. */
  static String plain(double v) {
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
