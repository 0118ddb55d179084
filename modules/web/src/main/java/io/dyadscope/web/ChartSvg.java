package io.dyadscope.web;

import static io.dyadscope.evidence.text.Markup.escape;

import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.app.overview.DyadOverview.KeyEvent;
import io.dyadscope.app.overview.DyadOverview.Line;
import io.dyadscope.app.overview.DyadOverview.LinePoint;
import io.dyadscope.app.overview.DyadOverview.SourceRef;
import io.dyadscope.dossier.chart.Palette;
import io.dyadscope.evidence.text.Figures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A headline chart as inline SVG on a true time axis: x is the period's start as a fractional
 * year, so 2019, 2021 and 2022 stand two years and one year apart. Every drawn point carries its
 * period and value ({@code data-period}, {@code data-value}), the same numbers the chart's CSV gives;
 * key events are dashed verticals numbered as the list below the chart. Colours are Okabe-Ito and
 * each line has its own dash pattern, so lines differ without colour too. Indicator ids appear only
 * in tooltips ({@code <title>}).
 */
final class ChartSvg {

  static final int WIDTH = 560;
  static final int HEIGHT = 300;
  static final int LEFT = 60;
  static final int RIGHT = 14;
  static final int TOP = 26;
  static final int BOTTOM = 34;
  static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"};

  private ChartSvg() {}

  /** The time axis: the data's years padded by a quarter year, widened to the key events inside the data's span. */
  record Axis(double min, double max) {
    double x(double t) {
      return LEFT + (t - min) / (max - min) * (WIDTH - LEFT - RIGHT);
    }
  }

  static Axis timeAxis(Chart c) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (Line l : c.lines()) {
      for (LinePoint p : l.points()) {
        lo = Math.min(lo, p.time());
        hi = Math.max(hi, p.time());
      }
    }
    if (hi - lo < 1) {
      lo -= 0.5;
      hi += 0.5;
    }
    return new Axis(Math.floor(lo) - 0.25, Math.ceil(hi) + 0.25);
  }

  /** Key events inside the chart's span, numbered from 1 in date order. */
  static List<KeyEvent> eventsIn(Chart c, List<KeyEvent> events) {
    Axis a = timeAxis(c);
    return events.stream().filter(e -> e.time() >= a.min() && e.time() <= a.max()).toList();
  }

  static String svg(Chart c, List<KeyEvent> events) {
    Axis ax = timeAxis(c);
    double vmin = 0;
    double vmax = 0;
    for (Line l : c.lines()) {
      for (LinePoint p : l.points()) {
        vmin = Math.min(vmin, p.value());
        vmax = Math.max(vmax, p.value());
      }
    }
    double step = niceStep((vmax - vmin) / 4);
    double ylo = Math.floor(vmin / step) * step;
    double yhi = Math.max(Math.ceil(vmax / step) * step, ylo + step);
    double plotH = HEIGHT - TOP - BOTTOM;
    java.util.function.DoubleUnaryOperator y = v -> TOP + (yhi - v) / (yhi - ylo) * plotH;
    String id = "chart-" + c.id();
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t\" data-chart=\"").append(escape(c.id()))
        .append("\" data-xmin=\"").append(num(ax.min())).append("\" data-xmax=\"").append(num(ax.max()))
        .append("\"><title id=\"").append(id).append("-t\">").append(escape(c.title())).append(" by year</title>");
    // large numbers are labelled in thousands or millions, said beside the unit, so that ticks fit the margin
    double per = Math.max(Math.abs(ylo), Math.abs(yhi)) >= 1e6 ? 1e6 : Math.max(Math.abs(ylo), Math.abs(yhi)) >= 1e5
        ? 1e3 : 1;
    b.append("<text x=\"4\" y=\"14\" class=\"unit\">").append(escape(Figures.unitHeading(c.unit())
        + (per == 1e6 ? " (millions)" : per == 1e3 ? " (thousands)" : ""))).append("</text>");
    for (double v = ylo; v <= yhi + step / 2; v += step) {
      double yy = y.applyAsDouble(v);
      b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
          .append(num(yy)).append("\" y2=\"").append(num(yy)).append("\"/><text class=\"tick\" x=\"").append(LEFT - 6)
          .append("\" y=\"").append(num(yy + 4)).append("\" text-anchor=\"end\">").append(Figures.grouped(v / per))
          .append("</text>");
    }
    int first = (int) Math.ceil(ax.min());
    int last = (int) Math.floor(ax.max());
    int every = Math.max(1, (int) Math.ceil((last - first + 1) / 10.0));
    for (int yr = first; yr <= last; yr += every) {
      double xx = ax.x(yr);
      b.append("<line class=\"axis\" x1=\"").append(num(xx)).append("\" x2=\"").append(num(xx)).append("\" y1=\"")
          .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 5).append("\"/><text class=\"tick year\" x=\"")
          .append(num(xx)).append("\" y=\"").append(HEIGHT - BOTTOM + 18).append("\" text-anchor=\"middle\">").append(yr)
          .append("</text>");
    }
    b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
        .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
    for (KeyEvent e : eventsIn(c, events)) {
      int n = events.indexOf(e) + 1;
      double xx = ax.x(e.time());
      b.append("<g class=\"key-event\" data-date=\"").append(escape(e.date())).append("\"><title>").append(n)
          .append(". ").append(escape(e.date() + ": " + e.event())).append("</title><line x1=\"").append(num(xx))
          .append("\" x2=\"").append(num(xx)).append("\" y1=\"").append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM)
          .append("\"/><text x=\"").append(num(xx)).append("\" y=\"").append(TOP - 6).append("\" text-anchor=\"middle\">")
          .append(n).append("</text></g>");
    }
    int i = 0;
    for (Line l : c.lines()) {
      String colour = Palette.series(i);
      String dash = DASHES[i % DASHES.length];
      b.append("<g class=\"series\" data-series=\"").append(escape(l.key())).append("\"><title>")
          .append(escape(l.label() + " [" + l.indicator() + ", " + l.subject() + "]")).append("</title>");
      if (l.points().size() > 1) {
        b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
            .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"");
        for (LinePoint p : l.points()) {
          b.append(num(ax.x(p.time()))).append(',').append(num(y.applyAsDouble(p.value()))).append(' ');
        }
        b.append("\"/>");
      }
      for (LinePoint p : l.points()) {
        b.append("<circle class=\"pt\" data-period=\"").append(escape(p.period())).append("\" data-value=\"")
            .append(Api.plain(p.value())).append("\" cx=\"").append(num(ax.x(p.time()))).append("\" cy=\"")
            .append(num(y.applyAsDouble(p.value()))).append("\" r=\"3.5\" fill=\"").append(colour).append("\"><title>")
            .append(escape(l.label() + ", " + p.period() + ": " + Figures.withUnit(p.value(), l.unit()) + " ["
                + l.indicator() + "; " + String.join(", ", p.sources()) + "]")).append("</title></circle>");
      }
      b.append("</g>");
      i++;
    }
    return b.append("</svg>").toString();
  }

  /** The legend as an HTML list (it wraps at any width), the swatch drawn as the line is. */
  static String legend(Chart c) {
    StringBuilder b = new StringBuilder("<ul class=\"legend\">");
    int i = 0;
    for (Line l : c.lines()) {
      String dash = DASHES[i % DASHES.length];
      b.append("<li title=\"").append(escape(l.indicator() + " · " + l.subject())).append("\">")
          .append("<svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" stroke=\"")
          .append(Palette.series(i)).append("\" stroke-width=\"2\"")
          .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/></svg> ")
          .append(escape(l.label())).append(" (").append(escape(unitWords(l.unit()))).append(")</li>");
      i++;
    }
    return b.append("</ul>").toString();
  }

  /** The chart's sources in the author-date form, each once, in the order of its lines. */
  static List<SourceRef> sources(Chart c) {
    Map<String, SourceRef> m = new LinkedHashMap<>();
    c.lines().forEach(l -> l.sources().forEach(s -> m.putIfAbsent(s.id(), s)));
    return new ArrayList<>(m.values());
  }

  static String unitWords(String unit) {
    return unit.equals("count") ? "number" : unit;
  }

  static double niceStep(double raw) {
    if (!(raw > 0)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / p;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * p;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
