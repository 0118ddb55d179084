package io.dyadscope.web;

import io.dyadscope.app.overview.DyadOverview;
import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.app.overview.DyadOverview.KeyEvent;
import io.dyadscope.app.overview.DyadOverview.Line;
import io.dyadscope.app.overview.DyadOverview.LinePoint;
import io.dyadscope.app.overview.DyadOverview.SourceRef;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart's data as downloads, in the manner of Our World in Data's chart API: a CSV of exactly the
 * points drawn (one row per point, with its sources) and a metadata JSON (the chart's title,
 * citation and address; per column its name, indicator, unit, time span and sources).
 */
final class ChartDownloads {

  static final List<String> CSV_COLUMNS = List.of("series", "label", "indicator", "subject", "period", "year", "value",
      "unit", "sources");

  private ChartDownloads() {}

  static Chart chart(DyadOverview o, String id) {
    return o.charts().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new Pages.NotFound("no chart '" + Params.shorten(id) + "' for " + o.dyad()));
  }

  static String csv(Chart c) {
    StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
    for (Line l : c.lines()) {
      for (LinePoint p : l.points()) {
        List<String> cells = List.of(l.key(), l.label(), l.indicator(), l.subject(), p.period(), Api.plain(p.time()),
            Api.plain(p.value()), l.unit(), String.join(";", p.sources()));
        for (int i = 0; i < cells.size(); i++) {
          String s = cells.get(i);
          if (i != 5 && i != 6 && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
          }
          b.append(i > 0 ? "," : "").append('"').append(s.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
      }
    }
    return b.toString();
  }

  static Map<String, Object> metadata(DyadOverview o, Chart c, List<KeyEvent> events) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("title", c.title() + ": " + o.first().name() + " and " + o.second().name());
    chart.put("subtitle", "By year; " + (c.unit().equals("mixed") ? "units differ by column" : "unit: "
        + HeadlineChart.unitWords(c.unit())) + ". Observed and reported figures; projections are not drawn.");
    chart.put("citation", String.join("; ", HeadlineChart.sources(c).stream().map(SourceRef::shortCitation).distinct()
        .toList()));
    chart.put("originalChartUrl", "/d/" + o.dyad() + "#chart-" + c.id());
    chart.put("csvUrl", "/api/dyads/" + o.dyad() + "/charts/" + c.id() + ".csv");
    chart.put("selection", c.lines().stream().map(Line::label).toList());
    Map<String, Object> columns = new LinkedHashMap<>();
    for (Line l : c.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("titleShort", l.indicatorName());
      m.put("titleLong", l.label());
      m.put("indicator", l.indicator());
      m.put("subject", l.subject());
      m.put("unit", l.unit());
      m.put("timespan", l.points().get(0).period() + "-" + l.points().get(l.points().size() - 1).period());
      m.put("type", "Numeric");
      m.put("citationShort", String.join("; ", l.sources().stream().map(SourceRef::shortCitation).distinct().toList()));
      m.put("citationLong", String.join("; ", l.sources().stream().map(SourceRef::citation).distinct().toList()));
      m.put("sources", l.sources());
      columns.put(l.key(), m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("chart", chart);
    out.put("columns", columns);
    out.put("keyEvents", events);
    out.put("dateDownloaded", LocalDate.now(ZoneOffset.UTC).toString());
    return out;
  }
}
