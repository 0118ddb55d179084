package io.dyadscope.app.overview;

import io.dyadscope.evidence.CatalogueException;
import io.dyadscope.evidence.Resources;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Which series the overview charts, kept as data ({@code headline-charts.csv}: chart, title,
 * indicator, subject, split, panel). {@code subject} is a role: {@code dyad}, {@code first} or
 * {@code second} country, so that any dyad gets the same charts. {@code split} draws one line per
 * {@code source} (each reporter of a mirror pair apart), per event {@code dataset}, or one combined
 * line ({@code none}). The indicators {@code events} and {@code fatalities} are counts from the event
 * store, which only split by dataset. {@code panel} ({@code yes}/{@code no}) puts the line's latest
 * value in the headline panel.
 */
public final class HeadlineCharts {

  /** Indicators counted from the event store rather than observations. */
  public static final List<String> EVENT_COUNTS = List.of("events", "fatalities");

  /** A line to draw: {@code indicator} of the {@code subject} role, split as given. */
  public record Spec(String indicator, String subject, String split, boolean panel) {}

  /** A chart: its id, title and lines in order. */
  public record ChartSpec(String id, String title, List<Spec> lines) {}

  private final List<ChartSpec> charts;

  private HeadlineCharts(List<ChartSpec> charts) {
    this.charts = List.copyOf(charts);
  }

  private static final class Standard {
    static final HeadlineCharts INSTANCE = Resources.read(HeadlineCharts.class, "headline-charts.csv",
        r -> read("headline-charts.csv", r));
  }

  public static HeadlineCharts standard() {
    return Standard.INSTANCE;
  }

  public List<ChartSpec> charts() {
    return charts;
  }

  /** Reads and checks a chart list; a bad row fails with its line and column. */
  public static HeadlineCharts read(String where, Reader in) throws IOException {
    List<String> columns = List.of("chart", "title", "indicator", "subject", "split", "panel");
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, List<Spec>> lines = new LinkedHashMap<>();
    try (CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).build())) {
      if (!p.getHeaderNames().equals(columns)) {
        throw new CatalogueException(List.of(where + ":1: columns must be " + String.join(",", columns)));
      }
      for (CSVRecord r : p) {
        String at = where + ":" + (r.getRecordNumber() + 1) + ": ";
        String chart = r.get("chart");
        if (!chart.matches("[a-z][a-z0-9-]*")) {
          throw new CatalogueException(List.of(at + "chart: an id of lower-case letters, digits and '-': '" + chart
              + "'"));
        }
        String title = r.get("title");
        if (titles.containsKey(chart) && !titles.get(chart).equals(title)) {
          throw new CatalogueException(List.of(at + "title: chart " + chart + " already has the title '"
              + titles.get(chart) + "'"));
        }
        titles.put(chart, title);
        String subject = r.get("subject");
        if (!List.of("dyad", "first", "second").contains(subject)) {
          throw new CatalogueException(List.of(at + "subject: dyad, first or second: '" + subject + "'"));
        }
        String split = r.get("split");
        boolean counts = EVENT_COUNTS.contains(r.get("indicator"));
        if (!(counts ? List.of("dataset") : List.of("none", "source")).contains(split)) {
          throw new CatalogueException(List.of(at + "split: " + (counts ? "event counts split by dataset"
              : "none or source") + ": '" + split + "'"));
        }
        String panel = r.get("panel");
        if (!panel.equals("yes") && !panel.equals("no")) {
          throw new CatalogueException(List.of(at + "panel: yes or no: '" + panel + "'"));
        }
        lines.computeIfAbsent(chart, k -> new ArrayList<>()).add(new Spec(r.get("indicator"), subject, split,
            panel.equals("yes")));
      }
    }
    List<ChartSpec> out = new ArrayList<>();
    titles.forEach((id, title) -> out.add(new ChartSpec(id, title, lines.get(id))));
    return new HeadlineCharts(out);
  }
}
