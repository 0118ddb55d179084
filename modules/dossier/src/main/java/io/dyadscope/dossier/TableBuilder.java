package io.dyadscope.dossier;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.NoForecast;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.ProjectionComparison;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.FindingRule;
import io.dyadscope.dossier.findings.Names;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.dossier.findings.Outlooks;
import io.dyadscope.dossier.findings.Reading;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lays out the values of a {@link TableSpec}: every fact and published projection of its series
 * pivoted into rows and columns, and the comparison of published projections with Dyadscope's own
 * at the target period.
 */
final class TableBuilder {

  /** One series of a table after its subject kind has been expanded. */
  record Column(String indicator, String subject, String heading, boolean kindSubject, int order) {}

  /** One value of a table. */
  record Entry(Column column, Period period, boolean projected, Reading reading) {}

  private final EvidenceIndex idx;
  private final Outlooks outlooks;
  private final Optional<Period> target;
  private final Map<String, io.dyadscope.evidence.Observation> byId;

  TableBuilder(EvidenceIndex idx, Outlooks outlooks, Optional<Period> target,
      Map<String, io.dyadscope.evidence.Observation> byId) {
    this.idx = idx;
    this.outlooks = outlooks;
    this.target = target;
    this.byId = byId;
  }

  /** The series a selector stands for: one per subject with data of its kind, or the one placeholder subject. */
  List<Column> expand(List<SeriesSelector> selectors) {
    Names n = idx.names();
    List<Column> out = new ArrayList<>();
    for (SeriesSelector s : selectors) {
      boolean kind = FindingRule.SUBJECT_KINDS.contains(s.subject());
      List<String> subjects = kind ? idx.subjectsOfKind(s.subject(), List.of(s.indicator()))
          : List.of(n.code(s.subject()));
      for (String subject : subjects) {
        String heading = s.heading().isEmpty() ? idx.indicatorName(s.indicator()) : n.fill(s.heading());
        out.add(new Column(s.indicator(), subject, heading.replace("{subject}", n.label(subject)), kind,
            out.size()));
      }
    }
    return out;
  }

  TableView build(TableSpec spec, int number) {
    Names n = idx.names();
    List<Column> columns = expand(spec.series());
    List<Entry> entries = new ArrayList<>();
    for (Column c : columns) {
      for (Point p : idx.series(c.indicator(), c.subject()).series().points()) {
        entries.add(new Entry(c, p.period(), false, idx.fact(c.indicator(), c.subject(), p.period()).orElseThrow()));
      }
      for (Period p : idx.periods(c.indicator(), c.subject(), io.dyadscope.dossier.findings.StatusFilter.PROJECTION)) {
        entries.add(new Entry(c, p, true, idx.projection(c.indicator(), c.subject(), p).orElseThrow()));
      }
    }
    String title = n.fill(spec.title());
    List<String> notes = new ArrayList<>();
    if (!spec.note().isEmpty()) {
      notes.add(n.fill(spec.note()));
    }
    if (entries.isEmpty()) {
      List<String> inds = spec.series().stream().map(SeriesSelector::indicator).distinct().toList();
      return new TableView(spec.id(), number, title, List.of(), List.of(), List.of(), List.of(), notes,
          "No data for " + String.join(", ", inds) + ".", new SourceLine(List.of(), ""));
    }

    Map<String, Integer> indicatorOrder = new LinkedHashMap<>();
    for (Column c : columns) {
      indicatorOrder.putIfAbsent(c.indicator(), indicatorOrder.size());
    }
    // subjects: the dyad, then its countries in dyad order, then provinces and initiatives by code
    List<String> subjects = new ArrayList<>(columns.stream().map(Column::subject).distinct().toList());
    subjects.sort(Comparator.comparingInt((String x) -> n.kind(x).ordinal())
        .thenComparingInt(x -> x.equals(idx.evidence().dyad().first()) ? 0 : 1).thenComparing(x -> x));
    Map<String, Integer> subjectOrder = new LinkedHashMap<>();
    subjects.forEach(x -> subjectOrder.put(x, subjectOrder.size()));
    List<String> shown = new ArrayList<>(spec.rows());
    shown.addAll(spec.columns());
    if (!shown.contains("indicator") && indicatorOrder.size() > 1 || !shown.contains("subject") && subjectOrder.size() > 1) {
      throw new IllegalArgumentException("table " + spec.id() + " leaves out a dimension its series differ in: "
          + indicatorOrder.keySet() + " for " + subjectOrder.keySet());
    }
    Comparator<Entry> rowOrder = order(spec.rows(), indicatorOrder, subjectOrder);
    Comparator<Entry> columnOrder = order(spec.columns(), indicatorOrder, subjectOrder);

    // distinct row and column keys in order, each represented by its first entry
    TreeMap<Entry, List<Entry>> rows = new TreeMap<>(rowOrder);
    TreeMap<Entry, Entry> cols = new TreeMap<>(columnOrder);
    for (Entry e : entries) {
      rows.computeIfAbsent(e, k -> new ArrayList<>()).add(e);
      cols.putIfAbsent(e, e);
    }
    // keep columns for series without data only when they are named directly, so readers see the gap
    for (Column c : columns) {
      if (!c.kindSubject()) {
        Entry probe = new Entry(c, Period.ofYear(1800), false, null);
        cols.putIfAbsent(probe, probe);
      }
    }
    List<Entry> colKeys = new ArrayList<>(cols.keySet());

    boolean annual = entries.stream().allMatch(e -> e.period().isAnnual());
    List<String> rowHeaders = new ArrayList<>();
    for (String dim : spec.rows()) {
      rowHeaders.add(switch (dim) {
        case "period" -> annual ? "Year" : "Period";
        case "indicator" -> "Indicator";
        default -> subjectHeader(columns);
      });
    }
    List<String> colHeaders = new ArrayList<>();
    for (Entry k : colKeys) {
      colHeaders.add(columnHeading(k.column(), spec));
    }
    List<TableRow> tableRows = new ArrayList<>();
    LinkedHashSet<String> shownObservations = new LinkedHashSet<>();
    for (Map.Entry<Entry, List<Entry>> r : rows.entrySet()) {
      Entry key = r.getKey();
      List<String> labels = new ArrayList<>();
      for (String dim : spec.rows()) {
        labels.add(switch (dim) {
          // a one-off estimate is dated by when it was stated: "expected", not a projection to that year
          case "period" -> key.period() + (!key.projected() ? "" : isFixed(key.column().indicator()) ? " expected"
              : " projection");
          case "indicator" -> key.column().heading() + unitSuffix(key.column().indicator());
          default -> n.label(key.column().subject());
        });
      }
      List<Cell> cells = new ArrayList<>();
      LinkedHashSet<String> citations = new LinkedHashSet<>();
      for (Entry ck : colKeys) {
        Entry hit = null;
        for (Entry e : r.getValue()) {
          if (columnOrder.compare(e, ck) == 0) {
            hit = e;
            break;
          }
        }
        if (hit == null) {
          cells.add(Cell.EMPTY);
        } else {
          cells.add(new Cell(hit.reading().value(), Figures.cell(hit.reading().value())));
          // ids keep rows short; the source line below the table and the sources table give the citations
          citations.addAll(hit.reading().sourceIds());
          shownObservations.addAll(hit.reading().observationIds());
        }
      }
      tableRows.add(new TableRow(labels, cells, key.projected(), String.join("; ", citations)));
    }

    List<Comparison> comparisons = new ArrayList<>();
    if (target.isPresent()) {
      Period t = target.get();
      List<String> projectionOnly = new ArrayList<>();
      List<String> oneOff = new ArrayList<>();
      Map<String, List<String>> unforecast = new LinkedHashMap<>();
      for (Column c : columns) {
        boolean published = idx.projectionAt(c.indicator(), c.subject(), t).isPresent();
        if (isFixed(c.indicator())) {
          if (published) {
            oneOff.add(comparisonLabel(c, spec));
          }
        } else if (outlooks.basis(c.indicator(), c.subject(), t).isEmpty()) {
          if (published) {
            projectionOnly.add(comparisonLabel(c, spec));
          }
        } else {
          Optional<Comparison> cmp = comparison(c, t, spec);
          if (cmp.isPresent() && cmp.get().hasForecast()) {
            comparisons.add(cmp.get());
          } else if (cmp.isPresent()) {
            // no forecast: the published value is already in the table; say why in one note
            unforecast.computeIfAbsent(cmp.get().note().replaceFirst("^No forecast: ", ""), k -> new ArrayList<>())
                .add(cmp.get().series());
          }
        }
      }
      List<String> why = new ArrayList<>();
      if (!projectionOnly.isEmpty()) {
        why.add(Prose.join(projectionOnly) + " (no earlier observed or reported value)");
      }
      unforecast.forEach((reason, series) -> why.add(Prose.join(series) + " (" + reason + ")"));
      if (!oneOff.isEmpty()) {
        why.add(Prose.join(oneOff) + " (one-off " + (oneOff.size() == 1 ? "estimate" : "estimates") + ")");
      }
      if (!why.isEmpty()) {
        notes.add("Not forecast for " + t + ": " + String.join("; ", why) + ".");
      }
    }
    return new TableView(spec.id(), number, title, rowHeaders, colHeaders, tableRows, comparisons, notes, "",
        SourceLine.of(shownObservations, idx, byId));
  }

  private Optional<Comparison> comparison(Column c, Period t, TableSpec spec) {
    Optional<Observation> published = idx.projectionAt(c.indicator(), c.subject(), t);
    Outlook outlook = outlooks.outlook(c.indicator(), c.subject(), t);
    if (published.isEmpty() && !(outlook instanceof Forecast)) {
      return Optional.empty();
    }
    String unit = idx.unit(c.indicator());
    String label = comparisonLabel(c, spec);
    double pub = published.map(Observation::value).orElse(Double.NaN);
    String by = published.map(o -> String.join("; ", idx.reading(o).sourceIds().stream().map(idx::citation).toList()))
        .orElse("");
    if (outlook instanceof Forecast f) {
      double diff = Double.NaN;
      double diffPct = Double.NaN;
      String verdict = "";
      if (published.isPresent()) {
        ProjectionComparison cmp = ProjectionComparison.of(published.get(), f);
        diff = cmp.difference();
        diffPct = cmp.differencePercent();
        verdict = io.dyadscope.dossier.findings.Uncertainty.tooUncertain(f, outlooks.basis(c.indicator(), c.subject(), t),
            outlooks.options(), unit).isPresent() ? io.dyadscope.dossier.findings.Uncertainty.TOO_UNCERTAIN
            : cmp.within80() ? "inside 80%" : cmp.within95() ? "inside 95%" : "outside 95%";
      }
      return Optional.of(new Comparison(label, c.indicator(), c.subject(), unit, t.toString(), pub, by, f.point(),
          f.p80().lo(), f.p80().hi(), f.p95().lo(), f.p95().hi(), f.method(),
          f.confidence().name().toLowerCase(Locale.ROOT), diff, diffPct, verdict, f.basis()));
    }
    double nan = Double.NaN;
    return Optional.of(new Comparison(label, c.indicator(), c.subject(), unit, t.toString(), pub, by, nan, nan, nan,
        nan, nan, "", "", nan, nan, "", "No forecast: " + ((NoForecast) outlook).reason()));
  }

  private boolean isFixed(String indicator) {
    return idx.indicator(indicator).map(i -> i.combine() == io.dyadscope.evidence.Combine.FIXED).orElse(false);
  }

  private String comparisonLabel(Column c, TableSpec spec) {
    boolean headingNamesSubject = spec.series().stream()
        .anyMatch(s -> s.indicator().equals(c.indicator()) && s.heading().contains("{subject}"));
    return c.kindSubject() && !headingNamesSubject ? c.heading() + ", " + idx.names().label(c.subject()) : c.heading();
  }

  private String columnHeading(Column c, TableSpec spec) {
    Names n = idx.names();
    boolean ind = spec.columns().contains("indicator");
    boolean sub = spec.columns().contains("subject");
    if (ind && sub) {
      return comparisonLabel(c, spec) + unitSuffix(c.indicator());
    }
    if (ind) {
      return c.heading() + unitSuffix(c.indicator());
    }
    return n.label(c.subject());
  }

  private String unitSuffix(String indicator) {
    String u = idx.unit(indicator);
    return u.isEmpty() ? "" : " (" + Figures.unitHeading(u) + ")";
  }

  private String subjectHeader(List<Column> columns) {
    LinkedHashSet<String> kinds = new LinkedHashSet<>();
    for (Column c : columns) {
      kinds.add(switch (idx.names().kind(c.subject())) {
        case DYAD -> "Dyad";
        case COUNTRY -> "Country";
        case PROVINCE -> "Province";
        case INITIATIVE -> "Initiative";
      });
    }
    return kinds.size() == 1 ? kinds.iterator().next() : "Subject";
  }

  /** Orders entries by the given dimensions: indicators and subjects in series order, periods in time with facts first. */
  private static Comparator<Entry> order(List<String> dims, Map<String, Integer> indicatorOrder,
      Map<String, Integer> subjectOrder) {
    Comparator<Entry> c = (a, b) -> 0;
    for (String dim : dims) {
      c = c.thenComparing(switch (dim) {
        case "indicator" -> Comparator.comparingInt((Entry e) -> indicatorOrder.get(e.column().indicator()));
        case "subject" -> Comparator.comparingInt((Entry e) -> subjectOrder.get(e.column().subject()));
        default -> Comparator.comparing(Entry::period).thenComparing(Entry::projected);
      });
    }
    return c;
  }
}
