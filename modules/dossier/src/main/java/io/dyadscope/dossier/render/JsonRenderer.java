package io.dyadscope.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadscope.dossier.AuditNote;
import io.dyadscope.dossier.Cell;
import io.dyadscope.dossier.Chart;
import io.dyadscope.dossier.Comparison;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.LensSection;
import io.dyadscope.dossier.Limitation;
import io.dyadscope.dossier.MethodNote;
import io.dyadscope.dossier.SourceRow;
import io.dyadscope.dossier.TableRow;
import io.dyadscope.dossier.TableView;
import io.dyadscope.dossier.ThemeSection;
import io.dyadscope.dossier.chart.BarPlot;
import io.dyadscope.dossier.chart.LinePlot;
import io.dyadscope.dossier.chart.PlotPoint;
import io.dyadscope.dossier.findings.Absence;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.Recommendation;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a dossier as JSON with a fixed field order (the order of the dossier's sections), pretty
 * printed with {@code \n} line ends on every platform. Missing numbers are {@code null}; figures
 * carry their data and the name of their SVG file, not the drawing.
 */
public final class JsonRenderer implements DossierRenderer {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public Rendition render(Dossier d, String baseName) {
    String main = baseName + ".json";
    return new Rendition(main, Map.of(main, write(tree(d))));
  }

  /** The dossier as a JSON tree. */
  public static ObjectNode tree(Dossier d) {
    ObjectNode o = F.objectNode();
    o.put("title", d.title());
    o.put("dyad", d.dyad());
    o.put("first", d.first());
    o.put("second", d.second());
    o.put("target", d.target());
    o.put("target_reason", d.targetReason());
    o.set("summary", strings(d.summary()));
    o.set("highlights", strings(d.highlights().stream().map(Finding::id).toList()));
    ObjectNode data = o.putObject("data");
    data.put("observations", d.data().observations());
    data.put("facts", d.data().facts());
    data.put("projections", d.data().projections());
    data.put("indicators", d.data().indicators());
    data.put("first_period", d.data().firstPeriod());
    data.put("last_period", d.data().lastPeriod());
    ArrayNode sources = data.putArray("sources");
    for (SourceRow r : d.data().sources()) {
      ObjectNode s = sources.addObject();
      s.put("id", r.id());
      s.put("citation", r.citation());
      s.put("publisher", r.publisher());
      s.put("kind", r.kind());
      s.put("grade", r.grade());
      s.put("year", r.year());
      s.put("observations", r.observations());
      s.put("passed_on", r.passedOn());
    }
    ArrayNode limits = data.putArray("limitations");
    for (Limitation l : d.data().limitations()) {
      ObjectNode x = limits.addObject();
      x.put("kind", l.kind());
      x.put("text", l.text());
    }
    ArrayNode themes = o.putArray("themes");
    for (ThemeSection t : d.themes()) {
      ObjectNode x = themes.addObject();
      x.put("id", t.id());
      x.put("title", t.title());
      x.put("question", t.question());
      x.set("lenses", strings(t.lenses()));
      ArrayNode fs = x.putArray("findings");
      t.findings().forEach(f -> fs.add(finding(f)));
      ArrayNode as = x.putArray("absences");
      for (Absence a : t.absences()) {
        ObjectNode y = as.addObject();
        y.put("rule", a.ruleId());
        y.put("reason", a.reason());
      }
      x.put("no_data", t.noData());
    }
    ArrayNode tables = o.putArray("tables");
    d.tables().forEach(t -> tables.add(table(t)));
    ArrayNode charts = o.putArray("figures");
    d.charts().forEach(c -> charts.add(chart(c)));
    ArrayNode lenses = o.putArray("discussion");
    for (LensSection l : d.discussion()) {
      ObjectNode x = lenses.addObject();
      x.put("id", l.id());
      x.put("name", l.name());
      x.put("framing", l.framing());
      x.set("findings", strings(l.findings().stream().map(Finding::id).toList()));
    }
    ArrayNode recs = o.putArray("recommendations");
    for (Recommendation r : d.recommendations()) {
      ObjectNode x = recs.addObject();
      x.put("id", r.id());
      x.put("theme", r.theme());
      x.put("text", r.text());
      x.put("triggered", r.triggered());
      x.put("why", r.why());
      x.set("trail", strings(r.trail().stream().map(Finding::id).toList()));
      x.set("missing", strings(r.missing()));
    }
    ArrayNode audit = o.putArray("audit");
    for (AuditNote a : d.audit()) {
      ObjectNode x = audit.addObject();
      x.put("document", a.document());
      x.put("check", a.check());
      x.put("severity", a.severity());
      x.put("line", a.line());
      x.put("message", a.message());
    }
    ArrayNode methods = o.putArray("methods");
    for (MethodNote m : d.methods()) {
      ObjectNode x = methods.addObject();
      x.put("title", m.title());
      x.put("text", m.text());
    }
    return o;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode x = F.objectNode();
    x.put("id", f.id());
    x.put("theme", f.theme());
    x.set("lenses", strings(f.lenses()));
    x.put("kind", f.kind().word());
    x.put("sentence", f.sentence());
    x.set("subjects", strings(f.subjects()));
    x.set("observations", strings(f.observationIds()));
    x.set("sources", strings(f.sourceIds()));
    ObjectNode m = x.putObject("metrics");
    f.metrics().forEach(m::put);
    return x;
  }

  private static ObjectNode table(TableView t) {
    ObjectNode x = F.objectNode();
    x.put("id", t.id());
    x.put("number", t.number());
    x.put("title", t.title());
    x.set("row_headers", strings(t.rowHeaders()));
    x.set("columns", strings(t.columns()));
    ArrayNode rows = x.putArray("rows");
    for (TableRow r : t.rows()) {
      ObjectNode y = rows.addObject();
      y.set("labels", strings(r.labels()));
      ArrayNode cells = y.putArray("values");
      for (Cell c : r.cells()) {
        number(cells, c.value());
      }
      y.put("projected", r.projected());
      y.put("sources", r.sources());
    }
    ArrayNode cmp = x.putArray("comparisons");
    for (Comparison c : t.comparisons()) {
      ObjectNode y = cmp.addObject();
      y.put("series", c.series());
      y.put("indicator", c.indicator());
      y.put("subject", c.subject());
      y.put("unit", c.unit());
      y.put("target", c.target());
      put(y, "published", c.published());
      y.put("published_by", c.publishedBy());
      put(y, "forecast", c.forecast());
      put(y, "lo80", c.lo80());
      put(y, "hi80", c.hi80());
      put(y, "lo95", c.lo95());
      put(y, "hi95", c.hi95());
      y.put("method", c.method());
      y.put("confidence", c.confidence());
      put(y, "difference", c.difference());
      put(y, "difference_pct", c.differencePct());
      y.put("verdict", c.verdict());
      y.put("note", c.note());
    }
    x.set("notes", strings(t.notes()));
    x.put("empty", t.empty());
    return x;
  }

  private static ObjectNode chart(Chart c) {
    ObjectNode x = F.objectNode();
    x.put("id", c.id());
    x.put("number", c.number());
    x.put("title", c.title());
    x.put("caption", c.caption());
    x.put("file", c.isEmpty() ? "" : c.file());
    x.put("empty", c.empty());
    c.line().ifPresent(p -> x.set("line", line(p)));
    c.bars().ifPresent(p -> x.set("bars", bars(p)));
    return x;
  }

  private static ObjectNode line(LinePlot p) {
    ObjectNode x = F.objectNode();
    x.put("y_title", p.yTitle());
    x.set("facts", points(p.facts()));
    x.set("published", points(p.published()));
    p.forecast().ifPresent(f -> {
      ObjectNode y = x.putObject("forecast");
      y.put("period", f.label());
      y.put("point", f.point());
      y.put("lo80", f.lo80());
      y.put("hi80", f.hi80());
      y.put("lo95", f.lo95());
      y.put("hi95", f.hi95());
    });
    return x;
  }

  private static ArrayNode points(List<PlotPoint> points) {
    ArrayNode a = F.arrayNode();
    for (PlotPoint q : points) {
      ObjectNode y = a.addObject();
      y.put("period", q.label());
      y.put("value", q.y());
    }
    return a;
  }

  private static ObjectNode bars(BarPlot p) {
    ObjectNode x = F.objectNode();
    x.put("y_title", p.yTitle());
    x.set("groups", strings(p.groups()));
    x.set("series", strings(p.series()));
    ArrayNode values = x.putArray("values");
    for (List<Double> row : p.values()) {
      ArrayNode r = values.addArray();
      row.forEach(v -> number(r, v));
    }
    return x;
  }

  private static ArrayNode strings(Collection<String> items) {
    ArrayNode a = F.arrayNode();
    items.forEach(a::add);
    return a;
  }

  private static void put(ObjectNode o, String field, double v) {
    if (Double.isNaN(v)) {
      o.putNull(field);
    } else {
      o.put(field, v);
    }
  }

  private static void number(ArrayNode a, double v) {
    if (Double.isNaN(v)) {
      a.addNull();
    } else {
      a.add(v);
    }
  }

  /** Pretty JSON with two-space indent and {@code \n} line ends, ending in a newline. */
  static String write(ObjectNode tree) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
