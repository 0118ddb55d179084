package io.dyadscope.render.chart;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.dossier.events.EventChart;
import io.dyadscope.dossier.events.EventChart.EventSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an {@link EventChart} as SVG in the layout of the dossier's other charts (720 units wide,
 * labels of 14 units): stacked bars per period, bars with a low-high whisker, or lines that break
 * where a period has no value. The source line is drawn inside the SVG as well.
 */
final class EventSvg {

  static final double WIDTH = 720;
  static final double HEIGHT = 440;
  static final double LEFT = 88;
  static final double RIGHT = 696;
  static final double TOP = 56;
  static final double BOTTOM = 320;
  static final int LABEL = 14;
  /** Characters of a title line at 18 px bold across the chart. */
  static final int TITLE_CHARS = 62;
  /** Okabe-Ito colours, readable by colour-blind readers, in the order series come. */
  static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
      "#F0E442", "#000000");

  private EventSvg() {}

  static String draw(EventChart c, String sourceText) {
    Svg svg = new Svg(WIDTH, HEIGHT, c.title());
    svg.empty("rect", "x", 0, "y", 0, "width", WIDTH, "height", "100%", "fill", "#ffffff");
    // A long title takes two lines rather than losing its end (often the dyad).
    List<String> title = wrap(c.title(), TITLE_CHARS);
    for (int i = 0; i < Math.min(2, title.size()); i++) {
      String line = i == 1 && title.size() > 2 ? shorten(String.join(" ", title.subList(1, title.size())), TITLE_CHARS)
          : title.get(i);
      svg.label(WIDTH / 2, title.size() == 1 ? 30 : 22 + 22 * i, line, "text-anchor", "middle", "font-size", 18,
          "font-weight", "bold", "font-family", "sans-serif");
    }
    int n = c.periods().size();
    double min = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      double stack = 0;
      for (EventSeries s : c.series()) {
        double v = s.values().get(i);
        if (Double.isNaN(v)) {
          continue;
        }
        stack += c.kind().equals("stacked-bars") ? v : 0;
        min = Math.min(min, v);
        max = Math.max(max, v);
        if (!s.high().isEmpty()) {
          max = Math.max(max, s.high().get(i));
        }
      }
      max = Math.max(max, stack);
    }
    if (max == min) {
      max = min + 1;
    }
    Scale y = Scale.nice(min, max, 6, BOTTOM, TOP);
    svg.group("g", "class", "y-axis", "font-size", LABEL, "text-anchor", "end", "font-family", "sans-serif");
    for (double t : y.ticks()) {
      svg.empty("line", "x1", LEFT, "y1", y.position(t), "x2", RIGHT, "y2", y.position(t), "stroke", "#e0e0e0");
      svg.label(LEFT - 8, y.position(t) + 5, number(t));
    }
    svg.close("g");
    double mid = (TOP + BOTTOM) / 2;
    svg.label(18, mid, shorten(c.unit(), 40), "transform", "rotate(-90 18 " + Svg.num(mid) + ")", "text-anchor",
        "middle", "font-size", LABEL, "font-family", "sans-serif");
    double band = (RIGHT - LEFT) / n;
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    svg.group("g", "class", "x-axis", "font-size", LABEL, "text-anchor", "middle", "font-family", "sans-serif");
    for (int i = 0; i < n; i += every) {
      svg.label(LEFT + band * (i + 0.5), BOTTOM + 22, c.periods().get(i));
    }
    svg.close("g");
    svg.group("g", "class", "marks");
    switch (c.kind()) {
      case "stacked-bars" -> stacked(svg, c, y, band);
      case "range" -> ranged(svg, c, y, band);
      default -> lines(svg, c, y, band);
    }
    svg.close("g");
    svg.empty("line", "x1", LEFT, "y1", TOP, "x2", LEFT, "y2", BOTTOM, "stroke", "#333");
    svg.empty("line", "x1", LEFT, "y1", y.position(Math.max(0, y.lo())), "x2", RIGHT, "y2",
        y.position(Math.max(0, y.lo())), "stroke", "#333");
    double bottom = legend(svg, c, BOTTOM + 56);
    List<String> lines = wrap(sourceText, 96);
    svg.group("g", "class", "source", "font-size", LABEL, "font-family", "sans-serif", "fill", "#444");
    for (int i = 0; i < lines.size(); i++) {
      svg.label(8, bottom + 12 + 17 * i, lines.get(i));
    }
    svg.close("g");
    return svg.height(Math.max(HEIGHT, bottom + 20 + 17 * lines.size())).finish();
  }

  private static void stacked(Svg svg, EventChart c, Scale y, double band) {
    for (int i = 0; i < c.periods().size(); i++) {
      double base = 0;
      for (int s = 0; s < c.series().size(); s++) {
        double v = c.series().get(s).values().get(i);
        if (Double.isNaN(v) || v == 0) {
          continue;
        }
        double top = y.position(base + v);
        svg.empty("rect", "x", LEFT + band * i + band * 0.1, "y", top, "width", band * 0.8, "height",
            y.position(base) - top, "fill", colour(s), "data-period", c.periods().get(i), "data-series",
            c.series().get(s).name(), "data-value", number(v));
        base += v;
      }
    }
  }

  private static void ranged(Svg svg, EventChart c, Scale y, double band) {
    EventSeries s = c.series().get(0);
    for (int i = 0; i < c.periods().size(); i++) {
      double v = s.values().get(i);
      double x = LEFT + band * i;
      svg.empty("rect", "x", x + band * 0.2, "y", y.position(v), "width", band * 0.6, "height",
          y.position(0) - y.position(v), "fill", colour(0), "data-period", c.periods().get(i), "data-value", number(v));
      if (!s.low().isEmpty()) {
        svg.empty("line", "x1", x + band / 2, "y1", y.position(s.low().get(i)), "x2", x + band / 2, "y2",
            y.position(s.high().get(i)), "stroke", "#333", "stroke-width", 2, "data-low", number(s.low().get(i)),
            "data-high", number(s.high().get(i)));
      }
    }
  }

  private static void lines(Svg svg, EventChart c, Scale y, double band) {
    for (int s = 0; s < c.series().size(); s++) {
      List<Double> v = c.series().get(s).values();
      StringBuilder points = new StringBuilder();
      for (int i = 0; i <= v.size(); i++) {
        if (i == v.size() || Double.isNaN(v.get(i))) {
          if (points.indexOf(" ") > 0) {
            svg.empty("polyline", "points", points.toString().strip(), "fill", "none", "stroke", colour(s),
                "stroke-width", 2.5);
          }
          points.setLength(0);
          continue;
        }
        double x = LEFT + band * (i + 0.5);
        points.append(Svg.num(x)).append(',').append(Svg.num(y.position(v.get(i)))).append(' ');
        svg.empty("circle", "cx", x, "cy", y.position(v.get(i)), "r", 4, "fill", colour(s), "data-period",
            c.periods().get(i), "data-value", number(v.get(i)));
      }
    }
  }

  private static double legend(Svg svg, EventChart c, double top) {
    double x = 8;
    double y = top;
    svg.group("g", "class", "legend", "font-size", LABEL, "font-family", "sans-serif");
    for (int s = 0; s < c.series().size(); s++) {
      String name = shorten(c.series().get(s).name(), 40);
      double width = 26 + name.length() * LABEL * 0.55 + 18;
      if (x + width > WIDTH - 8 && x > 8) {
        x = 8;
        y += 22;
      }
      svg.empty("rect", "x", x, "y", y - 12, "width", 16, "height", 14, "fill", colour(s));
      svg.label(x + 24, y, name);
      x += width;
    }
    svg.close("g");
    return y + 14;
  }

  static String colour(int i) {
    return COLOURS.get(i % COLOURS.size());
  }

  static String number(double v) {
    return Figures.grouped(v);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
