package io.dyadscope.render.chart;

import static io.dyadscope.evidence.text.Markup.escape;

import io.dyadscope.dossier.chart.Palette;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.render.chart.TimePlot.Marker;
import io.dyadscope.render.chart.TimePlot.TimeLine;
import io.dyadscope.render.chart.TimePlot.TimePoint;
import java.util.Locale;

/**
 * Draws a {@link TimePlot} as inline SVG for a web page. Every drawn point carries its period and
 * value ({@code data-period}, {@code data-value}); markers are dashed verticals numbered as the
 * list below the chart. Colours come from the {@link Palette} and each line has its own dash
 * pattern, so lines differ without colour too.
 */
final class TimeChart {

  static final int WIDTH = 560;
  static final int HEIGHT = 300;
  static final int LEFT = 60;
  static final int RIGHT = 14;
  static final int TOP = 26;
  static final int BOTTOM = 34;
  static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"};

  private TimeChart() {}

  static String svg(TimePlot c) {
    double[] span = c.span();
    double xmin = span[0];
    double xmax = span[1];
    java.util.function.DoubleUnaryOperator x = t -> LEFT + (t - xmin) / (xmax - xmin) * (WIDTH - LEFT - RIGHT);
    double vmin = 0;
    double vmax = 0;
    for (TimeLine l : c.lines()) {
      for (TimePoint p : l.points()) {
        vmin = Math.min(vmin, p.value());
        vmax = Math.max(vmax, p.value());
      }
    }
    double raw = (vmax - vmin) / 4;
    double step = raw > 0 ? Scale.niceNumber(raw, false) : 1;
    double ylo = Math.floor(vmin / step) * step;
    double yhi = Math.max(Math.ceil(vmax / step) * step, ylo + step);
    double plotH = HEIGHT - TOP - BOTTOM;
    java.util.function.DoubleUnaryOperator y = v -> TOP + (yhi - v) / (yhi - ylo) * plotH;
    String id = "chart-" + c.id();
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t\" data-chart=\"").append(escape(c.id()))
        .append("\" data-xmin=\"").append(num(xmin)).append("\" data-xmax=\"").append(num(xmax))
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
    int first = (int) Math.ceil(xmin);
    int last = (int) Math.floor(xmax);
    int every = Math.max(1, (int) Math.ceil((last - first + 1) / 10.0));
    for (int yr = first; yr <= last; yr += every) {
      double xx = x.applyAsDouble(yr);
      b.append("<line class=\"axis\" x1=\"").append(num(xx)).append("\" x2=\"").append(num(xx)).append("\" y1=\"")
          .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 5).append("\"/><text class=\"tick year\" x=\"")
          .append(num(xx)).append("\" y=\"").append(HEIGHT - BOTTOM + 18).append("\" text-anchor=\"middle\">").append(yr)
          .append("</text>");
    }
    b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
        .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
    for (Marker e : c.markers()) {
      double xx = x.applyAsDouble(e.time());
      b.append("<g class=\"key-event\" data-date=\"").append(escape(e.date())).append("\"><title>").append(e.number())
          .append(". ").append(escape(e.date() + ": " + e.text())).append("</title><line x1=\"").append(num(xx))
          .append("\" x2=\"").append(num(xx)).append("\" y1=\"").append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM)
          .append("\"/><text x=\"").append(num(xx)).append("\" y=\"").append(TOP - 6).append("\" text-anchor=\"middle\">")
          .append(e.number()).append("</text></g>");
    }
    int i = 0;
    for (TimeLine l : c.lines()) {
      String colour = Palette.series(i);
      String dash = DASHES[i % DASHES.length];
      b.append("<g class=\"series\" data-series=\"").append(escape(l.key())).append("\"><title>")
          .append(escape(l.tooltip())).append("</title>");
      if (l.points().size() > 1) {
        b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
            .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"");
        for (TimePoint p : l.points()) {
          b.append(num(x.applyAsDouble(p.time()))).append(',').append(num(y.applyAsDouble(p.value()))).append(' ');
        }
        b.append("\"/>");
      }
      for (TimePoint p : l.points()) {
        b.append("<circle class=\"pt\" data-period=\"").append(escape(p.period())).append("\" data-value=\"")
            .append(p.data()).append("\" cx=\"").append(num(x.applyAsDouble(p.time()))).append("\" cy=\"")
            .append(num(y.applyAsDouble(p.value()))).append("\" r=\"3.5\" fill=\"").append(colour).append("\"><title>")
            .append(escape(p.tooltip())).append("</title></circle>");
      }
      b.append("</g>");
      i++;
    }
    return b.append("</svg>").toString();
  }

  /** The legend as an HTML list (it wraps at any width), the swatch drawn as the line is. */
  static String legend(TimePlot c) {
    StringBuilder b = new StringBuilder("<ul class=\"legend\">");
    int i = 0;
    for (TimeLine l : c.lines()) {
      String dash = DASHES[i % DASHES.length];
      b.append("<li title=\"").append(escape(l.legendTitle())).append("\">")
          .append("<svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" stroke=\"")
          .append(Palette.series(i)).append("\" stroke-width=\"2\"")
          .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/></svg> ")
          .append(escape(l.legend())).append("</li>");
      i++;
    }
    return b.append("</ul>").toString();
  }

  /** A coordinate of an inline web drawing, to a tenth of a pixel (the map's too). */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
