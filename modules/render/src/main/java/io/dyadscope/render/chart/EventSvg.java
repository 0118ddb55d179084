package io.dyadscope.render.chart;

import static io.dyadscope.render.chart.Charts.HEIGHT;
import static io.dyadscope.render.chart.Charts.LABEL;
import static io.dyadscope.render.chart.Charts.PLOT_BOTTOM;
import static io.dyadscope.render.chart.Charts.PLOT_LEFT;
import static io.dyadscope.render.chart.Charts.PLOT_RIGHT;
import static io.dyadscope.render.chart.Charts.PLOT_TOP;
import static io.dyadscope.render.chart.Charts.WIDTH;
import static io.dyadscope.render.chart.ChartFrame.shorten;
import static io.dyadscope.render.chart.ChartFrame.wrapAll;

import io.dyadscope.dossier.chart.Palette;
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

  /** Characters of a title line at 18 px bold across the chart. */
  static final int TITLE_CHARS = 62;

  private EventSvg() {}

  static String draw(EventChart c, String sourceText) {
    Svg svg = new Svg(WIDTH, HEIGHT, c.title());
    svg.empty("rect", "x", 0, "y", 0, "width", WIDTH, "height", "100%", "fill", "#ffffff");
    // A long title takes two lines rather than losing its end (often the dyad).
    List<String> title = wrapAll(c.title(), TITLE_CHARS);
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
    Scale y = Scale.nice(min, max, 6, PLOT_BOTTOM, PLOT_TOP);
    svg.group("g", "class", "y-axis", "font-size", LABEL, "text-anchor", "end", "font-family", "sans-serif");
    for (double t : y.ticks()) {
      svg.empty("line", "x1", PLOT_LEFT, "y1", y.position(t), "x2", PLOT_RIGHT, "y2", y.position(t), "stroke", "#e0e0e0");
      svg.label(PLOT_LEFT - 8, y.position(t) + 5, number(t));
    }
    svg.close("g");
    double mid = (PLOT_TOP + PLOT_BOTTOM) / 2;
    svg.label(18, mid, shorten(c.unit(), 40), "transform", "rotate(-90 18 " + Svg.num(mid) + ")", "text-anchor",
        "middle", "font-size", LABEL, "font-family", "sans-serif");
    double band = (PLOT_RIGHT - PLOT_LEFT) / n;
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    svg.group("g", "class", "x-axis", "font-size", LABEL, "text-anchor", "middle", "font-family", "sans-serif");
    for (int i = 0; i < n; i += every) {
      svg.label(PLOT_LEFT + band * (i + 0.5), PLOT_BOTTOM + 22, c.periods().get(i));
    }
    svg.close("g");
    svg.group("g", "class", "marks");
    switch (c.kind()) {
      case "stacked-bars" -> stacked(svg, c, y, band);
      case "range" -> ranged(svg, c, y, band);
      default -> lines(svg, c, y, band);
    }
    svg.close("g");
    svg.empty("line", "x1", PLOT_LEFT, "y1", PLOT_TOP, "x2", PLOT_LEFT, "y2", PLOT_BOTTOM, "stroke", "#333");
    svg.empty("line", "x1", PLOT_LEFT, "y1", y.position(Math.max(0, y.lo())), "x2", PLOT_RIGHT, "y2",
        y.position(Math.max(0, y.lo())), "stroke", "#333");
    List<String[]> legend = new ArrayList<>();
    for (int i = 0; i < c.series().size(); i++) {
      legend.add(new String[] {"rect", colour(i), shorten(c.series().get(i).name(), 40)});
    }
    return ChartFrame.sourceLine(svg, sourceText, ChartFrame.legend(svg, legend, PLOT_BOTTOM + 56));
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
        svg.empty("rect", "x", PLOT_LEFT + band * i + band * 0.1, "y", top, "width", band * 0.8, "height",
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
      double x = PLOT_LEFT + band * i;
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
        double x = PLOT_LEFT + band * (i + 0.5);
        points.append(Svg.num(x)).append(',').append(Svg.num(y.position(v.get(i)))).append(' ');
        svg.empty("circle", "cx", x, "cy", y.position(v.get(i)), "r", 4, "fill", colour(s), "data-period",
            c.periods().get(i), "data-value", number(v.get(i)));
      }
    }
  }

  static String colour(int i) {
    return Palette.series(i);
  }

  static String number(double v) {
    return Figures.grouped(v);
  }
}
