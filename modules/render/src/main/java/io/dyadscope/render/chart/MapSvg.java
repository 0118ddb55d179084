package io.dyadscope.render.chart;

import static io.dyadscope.evidence.text.Markup.escape;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.render.chart.MapPlot.Count;
import io.dyadscope.render.chart.MapPlot.Outline;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link MapPlot} as an SVG choropleth: one path per area (its rings as sub-paths), longitude
 * scaled by the cosine of the mid latitude, shaded in four classes of a sequential blue (an area
 * with none is pale grey; a pseudo-code area is hatched grey and never joined).
 */
final class MapSvg {

  static final int WIDTH = 560;
  static final String NONE = "#f2f2f2";
  static final String[] CLASSES = {"#c6dbef", "#6baed6", "#2171b5", "#08306b"};

  private MapSvg() {}

  /** Upper bounds of the four classes: a quarter, half, three quarters and all of the largest value. */
  static long[] bounds(long max) {
    return new long[] {Math.max(1, Math.round(max * 0.25)), Math.max(1, Math.round(max * 0.5)),
        Math.max(1, Math.round(max * 0.75)), Math.max(1, max)};
  }

  static String colour(Long v, long[] bounds) {
    if (v == null || v == 0) {
      return NONE;
    }
    for (int i = 0; i < bounds.length; i++) {
      if (v <= bounds[i]) {
        return CLASSES[i];
      }
    }
    return CLASSES[CLASSES.length - 1];
  }

  private static long max(MapPlot p) {
    return p.counts().stream().map(Count::value).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
  }

  static String svg(MapPlot p) {
    List<Outline> shapes = p.outlines();
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (Outline s : shapes) {
      for (double[] r : s.rings()) {
        for (int i = 0; i < r.length; i += 2) {
          minX = Math.min(minX, r[i]);
          maxX = Math.max(maxX, r[i]);
          minY = Math.min(minY, r[i + 1]);
          maxY = Math.max(maxY, r[i + 1]);
        }
      }
    }
    double k = Math.cos(Math.toRadians((minY + maxY) / 2));
    double scale = (WIDTH - 20) / ((maxX - minX) * k);
    int height = (int) Math.ceil((maxY - minY) * scale) + 20;
    Map<String, Count> byCode = p.counts().stream().collect(Collectors.toMap(Count::code, Function.identity()));
    long[] bounds = bounds(max(p));
    String what = p.what();
    StringBuilder b = new StringBuilder("<svg class=\"map\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"map-title\"><title id=\"map-title\">").append(escape(what))
        .append(" by first-level division</title>");
    for (Outline s : shapes) {
      Count c = byCode.get(s.code());
      Long v = c == null ? null : c.value();
      StringBuilder path = new StringBuilder();
      for (double[] r : s.rings()) {
        for (int i = 0; i < r.length; i += 2) {
          path.append(i == 0 ? 'M' : 'L').append(TimeChart.num(10 + (r[i] - minX) * k * scale)).append(',')
              .append(TimeChart.num(10 + (maxY - r[i + 1]) * scale));
        }
        path.append('Z');
      }
      String label = s.name() + (s.pseudo() ? " (no ISO 3166-2 code)" : " (" + s.code() + ")") + ": "
          + (v == null ? (c == null ? "no events" : "deaths not recorded") : Figures.grouped(v) + " "
              + what.toLowerCase(Locale.ROOT));
      b.append("<path class=\"division").append(s.pseudo() ? " pseudo" : "").append("\" data-code=\"")
          .append(escape(s.code())).append("\" data-value=\"").append(v == null ? "" : v).append("\" fill=\"")
          .append(s.pseudo() ? "#d9d9d9" : colour(v, bounds)).append("\" stroke=\"#fff\" stroke-width=\"0.8\" "
              + "fill-rule=\"evenodd\" d=\"").append(path).append("\"><title>").append(escape(label))
          .append("</title></path>");
    }
    return b.append("</svg>").toString();
  }

  /** The classes' colours and ranges, as an HTML list. */
  static String legend(MapPlot p) {
    long max = max(p);
    StringBuilder b = new StringBuilder("<ul class=\"legend map-legend\"><li>").append(swatch(NONE)).append(" none</li>");
    if (max > 0) {
      long[] bounds = bounds(max);
      long lo = 1;
      for (int i = 0; i < bounds.length; i++) {
        if (i > 0 && bounds[i] == bounds[i - 1]) {
          continue;
        }
        b.append("<li>").append(swatch(CLASSES[i])).append(' ').append(Figures.grouped(lo))
            .append(lo == bounds[i] ? "" : "–" + Figures.grouped(bounds[i])).append("</li>");
        lo = bounds[i] + 1;
      }
    }
    return b.append("</ul>").toString();
  }

  private static String swatch(String colour) {
    return "<svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"" + colour
        + "\" stroke=\"#999\"/></svg>";
  }
}
