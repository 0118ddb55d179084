package io.dyadscope.dossier.chart;

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
  /** About this many ticks on a y axis. */
  public static final int Y_TICKS = 6;

  static final String FACT = "#0072B2";
  static final String PUBLISHED = "#D55E00";
  static final String FORECAST = "#009E73";
  static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
      "#000000"};

  private Charts() {}

  /** The y scale a line plot is drawn on: from 0 (or the lowest value, if negative) to the highest value or bound. */
  public static Scale yScale(LinePlot p) {
    double min = 0;
    double max = 0;
    List<Double> all = new ArrayList<>();
    p.facts().forEach(q -> all.add(q.y()));
    p.published().forEach(q -> all.add(q.y()));
    p.forecast().ifPresent(f -> all.addAll(List.of(f.lo95(), f.hi95(), f.point())));
    for (double v : all) {
      min = Math.min(min, v);
      max = Math.max(max, v);
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
    Svg svg = frame(p.title());
    yAxis(svg, y, p.yTitle());
    double[] r = xRange(p);
    long span = Math.round(r[1] - r[0]);
    long every = Math.max(1, (span + 10) / 10);
    svg.group("g", "class", "x-axis", "font-size", 11, "text-anchor", "middle", "font-family", "sans-serif");
    for (long t = Math.round(r[0]); t <= Math.round(r[1]); t += every) {
      double px = x.position(t);
      svg.empty("line", "x1", px, "y1", PLOT_BOTTOM, "x2", px, "y2", PLOT_BOTTOM + 5, "stroke", "#333");
      svg.label(px, PLOT_BOTTOM + 20, periodLabel(t, p.monthly()));
    }
    svg.close("g");
    axes(svg);

    p.forecast().ifPresent(f -> {
      double fx = x.position(f.fromX());
      double fy = y.position(f.fromY());
      double tx = x.position(f.x());
      svg.empty("polygon", "class", "band95", "points", pts(fx, fy, tx, y.position(f.hi95()), tx, y.position(f.lo95())),
          "fill", FORECAST, "fill-opacity", "0.15", "data-lo", plain(f.lo95()), "data-hi", plain(f.hi95()));
      svg.empty("polygon", "class", "band80", "points", pts(fx, fy, tx, y.position(f.hi80()), tx, y.position(f.lo80())),
          "fill", FORECAST, "fill-opacity", "0.3", "data-lo", plain(f.lo80()), "data-hi", plain(f.hi80()));
      svg.empty("line", "x1", fx, "y1", fy, "x2", tx, "y2", y.position(f.point()), "stroke", FORECAST,
          "stroke-width", 2, "stroke-dasharray", "6 4");
    });
    if (p.facts().size() > 1) {
      StringBuilder line = new StringBuilder();
      for (PlotPoint q : p.facts()) {
        line.append(line.length() == 0 ? "" : " ").append(Svg.num(x.position(q.x()))).append(',')
            .append(Svg.num(y.position(q.y())));
      }
      svg.empty("polyline", "class", "fact-line", "points", line.toString(), "fill", "none", "stroke", FACT,
          "stroke-width", 2);
    }
    for (PlotPoint q : p.facts()) {
      svg.empty("circle", "class", "fact", "cx", x.position(q.x()), "cy", y.position(q.y()), "r", 4, "fill", FACT,
          "data-period", q.label(), "data-value", plain(q.y()));
    }
    for (PlotPoint q : p.published()) {
      double px = x.position(q.x());
      double py = y.position(q.y());
      svg.empty("path", "class", "published", "d", "M" + Svg.num(px) + "," + Svg.num(py - 7) + " L" + Svg.num(px + 7)
          + "," + Svg.num(py) + " L" + Svg.num(px) + "," + Svg.num(py + 7) + " L" + Svg.num(px - 7) + ","
          + Svg.num(py) + " Z", "fill", PUBLISHED, "data-period", q.label(), "data-value", plain(q.y()));
    }
    p.forecast().ifPresent(f -> svg.empty("circle", "class", "forecast", "cx", x.position(f.x()), "cy",
        y.position(f.point()), "r", 5, "fill", "#ffffff", "stroke", FORECAST, "stroke-width", 2.5, "data-period",
        f.label(), "data-value", plain(f.point())));

    List<String[]> legend = new ArrayList<>();
    if (!p.facts().isEmpty()) {
      legend.add(new String[] {"circle", FACT, "Observed or reported"});
    }
    if (!p.published().isEmpty()) {
      legend.add(new String[] {"diamond", PUBLISHED, "Published projection"});
    }
    if (p.forecast().isPresent()) {
      legend.add(new String[] {"ring", FORECAST, "Dyadscope forecast"});
      legend.add(new String[] {"band80", FORECAST, "80% interval"});
      legend.add(new String[] {"band95", FORECAST, "95% interval"});
    }
    legend(svg, legend);
    return svg.finish();
  }

  /** The bar plot as an SVG document. */
  public static String bars(BarPlot p) {
    Scale y = yScale(p);
    Svg svg = frame(p.title());
    yAxis(svg, y, p.yTitle());
    int groups = p.groups().size();
    int series = p.series().size();
    double band = (PLOT_RIGHT - PLOT_LEFT) / groups;
    double barWidth = band * 0.8 / series;
    double zero = y.position(0);
    svg.group("g", "class", "x-axis", "font-size", 11, "text-anchor", "middle", "font-family", "sans-serif");
    for (int g = 0; g < groups; g++) {
      double cx = PLOT_LEFT + band * (g + 0.5);
      List<String> lines = wrap(p.groups().get(g), Math.max(6, (int) (band / 6.5)));
      for (int i = 0; i < lines.size(); i++) {
        svg.label(cx, PLOT_BOTTOM + 18 + 13 * i, lines.get(i));
      }
    }
    svg.close("g");
    svg.group("g", "class", "bars", "font-size", 9, "text-anchor", "middle", "font-family", "sans-serif");
    for (int g = 0; g < groups; g++) {
      for (int s = 0; s < series; s++) {
        double v = p.values().get(g).get(s);
        if (Double.isNaN(v)) {
          continue;
        }
        double bx = PLOT_LEFT + band * g + band * 0.1 + barWidth * s;
        double top = Math.min(y.position(v), zero);
        double height = Math.abs(y.position(v) - zero);
        svg.empty("rect", "class", "bar s" + s, "x", bx, "y", top, "width", barWidth, "height", height, "fill",
            PALETTE[s % PALETTE.length], "data-group", p.groups().get(g), "data-series", p.series().get(s),
            "data-value", plain(v));
        svg.label(bx + barWidth / 2, v >= 0 ? top - 3 : top + height + 10, axisNumber(v, 1));
      }
    }
    svg.close("g");
    axes(svg);
    svg.empty("line", "x1", PLOT_LEFT, "y1", zero, "x2", PLOT_RIGHT, "y2", zero, "stroke", "#333");
    List<String[]> legend = new ArrayList<>();
    for (int s = 0; s < series; s++) {
      legend.add(new String[] {"box", PALETTE[s % PALETTE.length], p.series().get(s)});
    }
    legend(svg, legend);
    return svg.finish();
  }

  private static Svg frame(String title) {
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    svg.empty("rect", "x", 0, "y", 0, "width", WIDTH, "height", HEIGHT, "fill", "#ffffff");
    svg.label(WIDTH / 2, 28, title, "text-anchor", "middle", "font-size", 16, "font-weight", "bold",
        "font-family", "sans-serif");
    return svg;
  }

  private static void yAxis(Svg svg, Scale y, String title) {
    double divisor = divisor(y);
    String suffix = divisor == 1e9 ? " (billions)" : divisor == 1e6 ? " (millions)" : "";
    svg.group("g", "class", "y-axis", "font-size", 11, "text-anchor", "end", "font-family", "sans-serif");
    for (double t : y.ticks()) {
      double py = y.position(t);
      svg.empty("line", "x1", PLOT_LEFT, "y1", py, "x2", PLOT_RIGHT, "y2", py, "stroke", "#e0e0e0");
      svg.label(PLOT_LEFT - 8, py + 4, axisNumber(t, divisor));
    }
    svg.close("g");
    double mid = (PLOT_TOP + PLOT_BOTTOM) / 2;
    svg.label(18, mid, title + suffix, "transform", "rotate(-90 18 " + Svg.num(mid) + ")", "text-anchor", "middle",
        "font-size", 12, "font-family", "sans-serif");
  }

  private static void axes(Svg svg) {
    svg.empty("line", "x1", PLOT_LEFT, "y1", PLOT_TOP, "x2", PLOT_LEFT, "y2", PLOT_BOTTOM, "stroke", "#333");
    svg.empty("line", "x1", PLOT_LEFT, "y1", PLOT_BOTTOM, "x2", PLOT_RIGHT, "y2", PLOT_BOTTOM, "stroke", "#333");
  }

  /** Legend entries in rows below the plot: {shape, colour, label}. */
  private static void legend(Svg svg, List<String[]> items) {
    double x = PLOT_LEFT;
    double y = PLOT_BOTTOM + 62;
    svg.group("g", "class", "legend", "font-size", 12, "font-family", "sans-serif");
    for (String[] item : items) {
      double width = 26 + item[2].length() * 6.6 + 18;
      if (x + width > WIDTH - 8 && x > PLOT_LEFT) {
        x = PLOT_LEFT;
        y += 20;
      }
      switch (item[0]) {
        case "circle" -> svg.empty("circle", "cx", x + 8, "cy", y - 4, "r", 4, "fill", item[1]);
        case "diamond" -> svg.empty("path", "d", "M" + Svg.num(x + 8) + "," + Svg.num(y - 11) + " L" + Svg.num(x + 15)
            + "," + Svg.num(y - 4) + " L" + Svg.num(x + 8) + "," + Svg.num(y + 3) + " L" + Svg.num(x + 1) + ","
            + Svg.num(y - 4) + " Z", "fill", item[1]);
        case "ring" -> svg.empty("circle", "cx", x + 8, "cy", y - 4, "r", 5, "fill", "#ffffff", "stroke", item[1],
            "stroke-width", 2.5);
        case "band80" -> svg.empty("rect", "x", x, "y", y - 10, "width", 16, "height", 12, "fill", item[1],
            "fill-opacity", "0.3");
        case "band95" -> svg.empty("rect", "x", x, "y", y - 10, "width", 16, "height", 12, "fill", item[1],
            "fill-opacity", "0.15");
        default -> svg.empty("rect", "x", x, "y", y - 10, "width", 16, "height", 12, "fill", item[1]);
      }
      svg.label(x + 24, y, item[2]);
      x += width;
    }
    svg.close("g");
  }

  private static double divisor(Scale y) {
    double m = Math.max(Math.abs(y.lo()), Math.abs(y.hi()));
    return m >= 1e10 ? 1e9 : m >= 1e7 ? 1e6 : 1;
  }

  private static String axisNumber(double v, double divisor) {
    double d = v / divisor;
    String s = new BigDecimal(Double.toString(d)).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
    if (s.equals("-0")) {
      s = "0";
    }
    return Math.abs(d) >= 1000 ? group(s) : s;
  }

  private static String group(String digits) {
    boolean negative = digits.startsWith("-");
    String d = negative ? digits.substring(1) : digits;
    int dot = d.indexOf('.');
    String whole = dot < 0 ? d : d.substring(0, dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + b + (dot < 0 ? "" : d.substring(dot));
  }

  private static String periodLabel(long ordinal, boolean monthly) {
    if (!monthly) {
      return Long.toString(ordinal);
    }
    return String.format(java.util.Locale.ROOT, "%04d-%02d", ordinal / 12, ordinal % 12 + 1);
  }

  private static String pts(double... xy) {
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

  /** Splits a label into lines of at most about {@code width} characters, at most three lines. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    if (lines.size() > 3) {
      List<String> cut = new ArrayList<>(lines.subList(0, 3));
      cut.set(2, cut.get(2) + "…");
      return cut;
    }
    return lines;
  }
}
