package io.dyadscope.dossier.supplements;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.dossier.SourceLine;
import io.dyadscope.dossier.chart.EventPlot;
import io.dyadscope.dossier.events.EventChart;
import io.dyadscope.dossier.events.EventSection;
import io.dyadscope.dossier.official.OfficialCell;
import io.dyadscope.dossier.official.OfficialTable;
import io.dyadscope.events.Dataset;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the pure models of the event picture and the official statistics into printable parts:
 * charts drawn with their data and source lines, tables with source lines naming source ids. Pure;
 * the same models and sources give the same parts. The grounded section is made printable by
 * {@link GroundedParts}.
 */
public final class SupplementsBuilder {


  private SupplementsBuilder() {}

  /** The event picture section: paragraphs, one drawn chart per model chart, agreement and comparison tables. */
  public static EventPart events(EventSection section, Map<String, Source> sources) {
    List<EventFigure> figures = new ArrayList<>();
    for (EventChart c : section.charts()) {
      String dataset = c.id().split("-")[1];
      String id = DerivedIndicators.sourceId(Dataset.parse(dataset));
      SourceLine line = line(List.of(id), sources, Dataset.parse(dataset).title());
      String caption = (c.note().isEmpty() ? "" : capital(c.note()) + "; ") + "values in " + c.unit() + ", "
          + c.citation() + ".";
      figures.add(new EventFigure(c.id(), c.title(), caption, new EventPlot(c, line.text()), csv(c), line));
    }
    List<GridTable> tables = new ArrayList<>();
    if (!section.agreements().isEmpty()) {
      tables.add(agreement(section, sources));
    }
    if (!section.comparisons().isEmpty()) {
      tables.add(comparison(section, sources));
    }
    return new EventPart(section.text(), figures, tables);
  }

  private static GridTable agreement(EventSection section, Map<String, Source> sources) {
    List<List<String>> rows = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Agreement a : section.agreements()) {
      ids.add(DerivedIndicators.sourceId(Dataset.parse(a.first())));
      ids.add(DerivedIndicators.sourceId(Dataset.parse(a.second())));
      String largest = String.join("; ", a.largest().stream().map(p -> p.month() + ": "
          + Figures.grouped(p.first()) + " against " + Figures.grouped(p.second())).toList());
      rows.add(List.of(a.measure(), title(a.first()) + " and " + title(a.second()), Integer.toString(a.months()),
          Double.isNaN(a.correlation()) ? "not defined" : Figures.fixed(a.correlation(), 2),
          largest));
    }
    return new GridTable("events-agreement", "Agreement across event datasets, month by month, " + section.dyad(),
        List.of("Measure", "Datasets", "Months", "Correlation (Pearson's r)", "Months differing most"),
        List.of(false, false, true, true, false), rows,
        List.of("The correlation is not defined with fewer than 3 months or when a series does not vary."),
        line(new ArrayList<>(ids), sources, ""), "");
  }

  private static GridTable comparison(EventSection section, Map<String, Source> sources) {
    List<List<String>> rows = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (EventSection.Comparison c : section.comparisons()) {
      ids.add(c.derivedSource());
      ids.add(c.reportedSource());
      if (!c.reportedBy().isEmpty()) {
        ids.add(c.reportedBy());
      }
      rows.add(List.of(c.indicator(), c.period(), Figures.grouped(c.derived()), c.derivedSource(),
          Figures.grouped(c.reported()), c.reportedSource() + (c.reportedBy().isEmpty() ? "" : " via " + c.reportedBy()),
          (c.difference() > 0 ? "+" : "") + Figures.grouped(c.difference())));
    }
    return new GridTable("events-derived", "Security series derived from events beside the figures reported, "
        + section.dyad(), List.of("Indicator", "Year", "Derived", "Derived from", "Reported", "Reported by",
            "Difference"), List.of(false, false, true, false, true, false, true), rows,
        List.of("Derived values count the events the rules classify (dyadscope events derive); the rule is in each"
            + " observation's note."), line(new ArrayList<>(ids), sources, ""), "");
  }

  /**
   * The official tables as printable tables: each cites the ids of the sources whose citations it
   * lists, and sits under the results theme it belongs to (mirror trade under trade, the refugee
   * comparison under refugees, a many-sources table under its indicator's family).
   */
  public static List<GridTable> official(List<OfficialTable> tables, Map<String, Source> sources) {
    List<GridTable> out = new ArrayList<>();
    for (OfficialTable t : tables) {
      List<String> ids = new ArrayList<>();
      for (String citation : t.citations()) {
        for (Source s : sources.values().stream().sorted(java.util.Comparator.comparing(Source::id)).toList()) {
          String full = s.citation() + (s.url().isEmpty() ? "" : " " + s.url());
          if ((full.equals(citation) || s.id().equals(citation)) && !ids.contains(s.id())) {
            ids.add(s.id());
          }
        }
      }
      List<Boolean> numeric = new ArrayList<>();
      for (int i = 0; i < t.columns().size(); i++) {
        int col = i;
        numeric.add(!t.rows().isEmpty() && t.rows().stream().anyMatch(r -> r.get(col).isNumber()));
      }
      List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(OfficialCell::text).toList()).toList();
      out.add(new GridTable(t.id(), t.title(), t.columns(), numeric, rows, t.notes(), line(ids, sources, ""),
          theme(t.id())));
    }
    return out;
  }

  static String theme(String tableId) {
    if (tableId.equals("mirror-trade")) {
      return "trade";
    }
    if (tableId.equals("refugees-official")) {
      return "refugees";
    }
    if (tableId.startsWith("many-sources-")) {
      String rest = tableId.substring("many-sources-".length());
      int dot = rest.indexOf('.');
      return dot > 0 ? rest.substring(0, dot) : "";
    }
    return "";
  }

  /** "Source: UNHCR 2024 [unhcr]." naming each id with its short citation ({@code fallback} for an unknown one). */
  static SourceLine line(List<String> ids, Map<String, Source> sources, String fallback) {
    List<String> cited = new ArrayList<>();
    for (String id : ids) {
      Source s = sources.get(id);
      String name = s != null ? s.shortCitation() : fallback.isEmpty() ? "" : fallback;
      cited.add(name.isEmpty() ? "[" + id + "]" : name + " [" + id + "]");
    }
    return new SourceLine(ids, (ids.size() == 1 ? "Source: " : "Sources: ") + Prose.join(cited) + ".");
  }

  private static String title(String dataset) {
    return Dataset.parse(dataset).title();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The chart's values: a period column, then a column per series (and its low and high when it has a band). */
  static String csv(EventChart c) {
    StringBuilder b = new StringBuilder("period");
    for (EventChart.EventSeries s : c.series()) {
      b.append(',').append(cell(s.name()));
      if (!s.low().isEmpty()) {
        b.append(',').append(cell(s.name() + " low")).append(',').append(cell(s.name() + " high"));
      }
    }
    b.append('\n');
    for (int i = 0; i < c.periods().size(); i++) {
      b.append(c.periods().get(i));
      for (EventChart.EventSeries s : c.series()) {
        b.append(',').append(value(s.values().get(i)));
        if (!s.low().isEmpty()) {
          b.append(',').append(value(s.low().get(i))).append(',').append(value(s.high().get(i)));
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String value(double v) {
    return Figures.data(v);
  }

  private static String cell(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
