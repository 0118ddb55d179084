package io.dyadscope.render.chart;

import static io.dyadscope.render.chart.Charts.HEIGHT;
import static io.dyadscope.render.chart.Charts.LABEL;
import static io.dyadscope.render.chart.Charts.PLOT_BOTTOM;
import static io.dyadscope.render.chart.Charts.PLOT_LEFT;
import static io.dyadscope.render.chart.Charts.PLOT_RIGHT;
import static io.dyadscope.render.chart.Charts.PLOT_TOP;
import static io.dyadscope.render.chart.Charts.WIDTH;

import io.dyadscope.dossier.chart.PlotPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts every chart shares, split out of {@link Charts}: the frame and title, the y axis with
 * its grid lines and tick labels, the axis lines, the legend, the source line, and the number,
 * period and text formatting they use. {@link Charts} and {@link FanDrawing} draw the marks.
 */
final class ChartFrame {

  private ChartFrame() {}

  static Svg frame(String title) {
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    svg.empty("rect", "x", 0, "y", 0, "width", WIDTH, "height", "100%", "fill", "#ffffff");
    List<String> lines = wrap(title, 64);
    for (int i = 0; i < Math.min(2, lines.size()); i++) {
      svg.label(WIDTH / 2, 26 + 20 * i, lines.get(i), "text-anchor", "middle", "font-size", 18, "font-weight", "bold",
          "font-family", "sans-serif");
    }
    return svg;
  }

  /** The source line under the legend, wrapped; sets the document's height and returns it. */
  static String sourceLine(Svg svg, String text, double y) {
    double bottom = y;
    if (!text.isEmpty()) {
      List<String> lines = wrapAll(text, 96);
      svg.group("g", "class", "source", "font-size", LABEL, "font-family", "sans-serif", "fill", "#444");
      for (int i = 0; i < lines.size(); i++) {
        svg.label(8, y + 12 + 17 * i, lines.get(i));
      }
      svg.close("g");
      bottom = y + 12 + 17 * lines.size();
    }
    return svg.height(Math.max(HEIGHT, bottom + 8)).finish();
  }

  static void yAxis(Svg svg, Scale y, String title) {
    double divisor = divisor(y);
    String suffix = divisor == 1e9 ? " (billions)" : divisor == 1e6 ? " (millions)" : "";
    svg.group("g", "class", "y-axis", "font-size", LABEL, "text-anchor", "end", "font-family", "sans-serif");
    for (double t : y.ticks()) {
      double py = y.position(t);
      svg.empty("line", "x1", PLOT_LEFT, "y1", py, "x2", PLOT_RIGHT, "y2", py, "stroke", "#e0e0e0");
      svg.label(PLOT_LEFT - 8, py + 5, axisNumber(t, divisor));
    }
    svg.close("g");
    double mid = (PLOT_TOP + PLOT_BOTTOM) / 2;
    svg.label(18, mid, title + suffix, "transform", "rotate(-90 18 " + Svg.num(mid) + ")", "text-anchor", "middle",
        "font-size", LABEL, "font-family", "sans-serif");
  }

  static void axes(Svg svg) {
    svg.empty("line", "x1", PLOT_LEFT, "y1", PLOT_TOP, "x2", PLOT_LEFT, "y2", PLOT_BOTTOM, "stroke", "#333");
    svg.empty("line", "x1", PLOT_LEFT, "y1", PLOT_BOTTOM, "x2", PLOT_RIGHT, "y2", PLOT_BOTTOM, "stroke", "#333");
  }

  /** Legend entries in rows from {@code top}: {shape, colour, label}; returns the y below the last row. */
  static double legend(Svg svg, List<String[]> items, double top) {
    double x = 8;
    double y = top;
    svg.group("g", "class", "legend", "font-size", LABEL, "font-family", "sans-serif");
    for (String[] item : items) {
      double width = 26 + item[2].length() * LABEL * 0.55 + 18;
      if (x + width > WIDTH - 8 && x > 8) {
        x = 8;
        y += 22;
      }
      switch (item[0]) {
        case "circle" -> svg.empty("circle", "cx", x + 8, "cy", y - 5, "r", 5, "fill", item[1]);
        case "diamond" -> svg.empty("path", "d", "M" + Svg.num(x + 8) + "," + Svg.num(y - 12) + " L" + Svg.num(x + 15)
            + "," + Svg.num(y - 5) + " L" + Svg.num(x + 8) + "," + Svg.num(y + 2) + " L" + Svg.num(x + 1) + ","
            + Svg.num(y - 5) + " Z", "fill", "#ffffff", "stroke", item[1], "stroke-width", 2);
        case "ring" -> svg.empty("circle", "cx", x + 8, "cy", y - 5, "r", 5, "fill", "#ffffff", "stroke", item[1],
            "stroke-width", 2.5, "stroke-dasharray", "3 2");
        case "band80" -> svg.empty("rect", "x", x, "y", y - 12, "width", 16, "height", 14, "fill", item[1],
            "fill-opacity", "0.25");
        case "band95" -> svg.empty("rect", "x", x, "y", y - 12, "width", 16, "height", 14, "fill", item[1],
            "fill-opacity", "0.12");
        case "pale" -> svg.empty("rect", "x", x, "y", y - 12, "width", 16, "height", 14, "fill", item[1],
            "fill-opacity", "0.35", "stroke", item[1], "stroke-width", 1.5, "stroke-dasharray", "4 3");
        default -> svg.empty("rect", "x", x, "y", y - 12, "width", 16, "height", 14, "fill", item[1]);
      }
      svg.label(x + 24, y, item[2]);
      x += width;
    }
    svg.close("g");
    return y + 14;
  }

  private static double divisor(Scale y) {
    double m = Math.max(Math.abs(y.lo()), Math.abs(y.hi()));
    return m >= 1e10 ? 1e9 : m >= 1e7 ? 1e6 : 1;
  }

  static String axisNumber(double v, double divisor) {
    double d = v / divisor;
    String s = BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
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

  /** The points of a polyline through {@code points}: {@code "x1,y1 x2,y2"}. */
  static String points(List<PlotPoint> points, Scale x, Scale y) {
    StringBuilder line = new StringBuilder();
    for (PlotPoint q : points) {
      line.append(line.length() == 0 ? "" : " ").append(Svg.num(x.position(q.x()))).append(',')
          .append(Svg.num(y.position(q.y())));
    }
    return line.toString();
  }

  static String periodLabel(long ordinal, boolean monthly) {
    if (!monthly) {
      return Long.toString(ordinal);
    }
    return String.format(java.util.Locale.ROOT, "%04d-%02d", ordinal / 12, ordinal % 12 + 1);
  }

  /**
   * Splits text into lines of at most about {@code width} characters, as many as it needs: the one
   * word wrap of every chart (titles, labels, source lines). No lines for empty text.
   */
  static List<String> wrapAll(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Splits a label into lines of at most about {@code width} characters, at most three lines. */
  static List<String> wrap(String text, int width) {
    List<String> lines = wrapAll(text, width);
    if (lines.size() > 3) {
      List<String> cut = new ArrayList<>(lines.subList(0, 3));
      cut.set(2, cut.get(2) + "…");
      return cut;
    }
    return lines;
  }

  /** {@code s} cut to {@code max} characters, the last one an ellipsis. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
