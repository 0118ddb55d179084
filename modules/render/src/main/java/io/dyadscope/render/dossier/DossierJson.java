package io.dyadscope.render.dossier;

import io.dyadscope.evidence.DocumentFinding;
import io.dyadscope.dossier.Chart;
import io.dyadscope.dossier.Colophon;
import io.dyadscope.dossier.Comparison;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.EvidenceEntry;
import io.dyadscope.dossier.Limitation;
import io.dyadscope.dossier.MethodNote;
import io.dyadscope.dossier.SourceLine;
import io.dyadscope.dossier.SourceRow;
import io.dyadscope.dossier.TableView;
import io.dyadscope.dossier.chart.Fan;
import io.dyadscope.dossier.chart.PlotPoint;
import io.dyadscope.dossier.findings.Finding;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a dossier, as records Jackson writes in declaration order (snake_case names).
 * Missing numbers are {@code null}; figures carry their data, source line and file names, not the
 * drawing.
 */
record DossierJson(String title, String dyad, String first, String second, String target, String targetReason,
    List<String> summary, List<String> highlights, Data data, List<Theme> themes, List<Table> tables,
    List<Figure> figures, List<Lens> discussion, List<Rec> recommendations, List<AuditEntry> audit,
    List<MethodNote> methods, List<EvidenceEntry> evidence, Colophon colophon, SupplementJson supplements,
    Checked checked) {

  /** The reported figures checked and the forecasts of the observed series. */
  record Checked(List<String> intro, List<io.dyadscope.dossier.supplements.GridTable> checks, List<String> verdicts,
      List<io.dyadscope.dossier.supplements.GridTable> forecasts, List<String> horizons) {}

  record Data(int observations, int facts, int projections, int indicators, String firstPeriod, String lastPeriod,
      List<Source> sources, List<Limitation> limitations, int mentions) {}

  record Source(String id, String citation, String publisher, String kind, String grade, int year, int observations,
      int passedOn, boolean secondHand, String seenThrough) {}

  record Theme(String id, String title, String question, List<String> lenses, List<FindingJson> findings,
      List<Map<String, String>> absences, String noData, List<String> observed) {}

  record FindingJson(String id, String theme, List<String> lenses, String kind, String sentence, List<String> subjects,
      List<String> observations, List<String> sources, Map<String, Double> metrics) {}

  record Table(String id, int number, String title, List<String> rowHeaders, List<String> columns, List<Row> rows,
      List<Cmp> comparisons, List<String> notes, String empty, SourceLine sources) {}

  record Row(List<String> labels, List<Double> values, boolean projected, String sources) {}

  record Cmp(String series, String indicator, String subject, String unit, String target, Double published,
      String publishedBy, Double forecast, Double lo80, Double hi80, Double lo95, Double hi95, String method,
      String confidence, Double difference, Double differencePct, String verdict, String note) {}

  record Figure(String id, int number, String title, String caption, String file, String csvFile, String empty,
      SourceLine sources, Line line, Bars bars) {}

  record Line(String yTitle, String colour, List<Point> facts, List<Point> published, Forecast forecast) {}

  record Point(String period, double value) {}

  record Forecast(String period, double point, double lo80, double hi80, double lo95, double hi95) {}

  record Bars(String yTitle, List<String> groups, List<String> series, List<String> colours, List<Boolean> projected,
      List<List<Double>> values) {}

  record Lens(String id, String name, String framing, List<String> expectations, List<String> verdicts,
      List<String> findings) {}

  record Rec(String id, String theme, String text, boolean triggered, String status, String evidence,
      String refutedBy, String why, List<String> trail,
      List<String> missing) {}

  static DossierJson of(Dossier d) {
    var data = d.data();
    return new DossierJson(d.title(), d.dyad(), d.first(), d.second(), d.target(), d.targetReason(), d.summary(),
        d.highlights().stream().map(Finding::id).toList(),
        new Data(data.observations(), data.facts(), data.projections(), data.indicators(), data.firstPeriod(),
            data.lastPeriod(), data.sources().stream().map(DossierJson::source).toList(), data.limitations(),
            data.mentions()),
        d.themes().stream().map(t -> new Theme(t.id(), t.title(), t.question(), t.lenses(),
            t.findings().stream().map(DossierJson::finding).toList(),
            t.absences().stream().map(a -> Map.of("rule", a.ruleId(), "reason", a.reason())).toList(), t.noData(),
            t.observed()))
            .toList(),
        d.tables().stream().map(DossierJson::table).toList(), d.charts().stream().map(DossierJson::figure).toList(),
        d.discussion().stream().map(l -> new Lens(l.id(), l.name(), l.framing(), l.expectations(), l.verdicts(),
            l.findingIds()))
            .toList(),
        d.recommendations().stream().map(r -> new Rec(r.id(), r.theme(), r.text(), r.triggered(),
            r.status().words(), r.evidence(), r.refutedBy(), r.why(),
            r.trail().stream().map(Finding::id).toList(), r.missing())).toList(),
        d.audit().stream().map(AuditEntry::of).toList(), d.methods(), d.appendix(), d.colophon(), SupplementJson.of(d.supplements()),
        new Checked(d.primary().checkIntro(), d.primary().checks(), d.primary().verdicts(), d.primary().forecasts(),
            d.primary().horizons()));
  }

  private static Source source(SourceRow r) {
    return new Source(r.id(), r.citation(), r.publisher(), r.kind(), r.grade(), r.year(), r.observations(),
        r.passedOn(), r.secondHand(), r.seenThrough());
  }

  private static FindingJson finding(Finding f) {
    return new FindingJson(f.id(), f.theme(), f.lenses(), f.kind().word(), f.sentence(), f.subjects(),
        f.observationIds(), f.sourceIds(), f.metrics());
  }

  private static Table table(TableView t) {
    return new Table(t.id(), t.number(), t.title(), t.rowHeaders(), t.columns(),
        t.rows().stream().map(r -> new Row(r.labels(), r.cells().stream().map(c -> n(c.value())).toList(),
            r.projected(), r.sources())).toList(),
        t.comparisons().stream().map(DossierJson::cmp).toList(), t.notes(), t.empty(), t.sources());
  }

  private static Cmp cmp(Comparison c) {
    return new Cmp(c.series(), c.indicator(), c.subject(), c.unit(), c.target(), n(c.published()), c.publishedBy(),
        n(c.forecast()), n(c.lo80()), n(c.hi80()), n(c.lo95()), n(c.hi95()), c.method(), c.confidence(),
        n(c.difference()), n(c.differencePct()), c.verdict(), c.note());
  }

  private static Figure figure(Chart c) {
    Line line = c.line().map(p -> new Line(p.yTitle(), p.colour(), points(p.facts()), points(p.published()),
        p.forecast().map(DossierJson::forecast).orElse(null))).orElse(null);
    Bars bars = c.bars().map(p -> new Bars(p.yTitle(), p.groups(), p.series(), p.colours(), p.projected(),
        p.values().stream().map(row -> row.stream().map(DossierJson::n).toList()).toList())).orElse(null);
    return new Figure(c.id(), c.number(), c.title(), c.caption(), c.isEmpty() ? "" : c.file(),
        c.isEmpty() ? "" : c.csvFile(), c.empty(), c.sources(), line, bars);
  }

  private static List<Point> points(List<PlotPoint> ps) {
    return ps.stream().map(q -> new Point(q.label(), q.y())).toList();
  }

  private static Forecast forecast(Fan f) {
    return new Forecast(f.label(), f.point(), f.lo80(), f.hi80(), f.lo95(), f.hi95());
  }

  /** NaN as null: JSON has no NaN. */
  private static Double n(double v) {
    return Double.isNaN(v) ? null : v;
  }

  /** A saved audit's finding as the JSON lists it: flat, the severity as its word. */
  record AuditEntry(String document, String check, String severity, int line, String message) {
    static AuditEntry of(DocumentFinding f) {
      return new AuditEntry(f.document(), f.finding().check(), f.finding().severity().word(), f.finding().line(),
          f.finding().message());
    }
  }
}
