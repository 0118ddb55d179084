package io.dyadscope.web;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Interval;
import io.dyadscope.analysis.NoForecast;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.ProjectionComparison;
import io.dyadscope.app.SeriesSelection;
import io.dyadscope.app.SeriesService.ForecastView;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.events.Dataset;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API: plain maps and lists of what the services return, numbers unrounded. */
final class Views {

  private Views() {}

  static Map<String, Object> observation(Observation o, Map<String, Source> sources) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("indicator", o.indicator());
    m.put("subject", o.subject());
    m.put("period", o.period().toString());
    m.put("value", o.value());
    m.put("unit", o.unit());
    m.put("status", o.status().word());
    m.put("source", o.source());
    m.put("citation", citation(sources, o.source()));
    m.put("reportedBy", o.reportedBy());
    m.put("location", o.location());
    m.put("note", o.note());
    return m;
  }

  static Map<String, Object> series(String dyad, SeriesSelection sel, ForecastView forecastOrNull, String whyNone) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dyad", dyad);
    m.put("indicator", Map.of("id", sel.indicator().id(), "name", sel.indicator().name(), "unit",
        sel.indicator().unit()));
    m.put("subject", sel.subject());
    List<Map<String, Object>> points = new ArrayList<>();
    for (Point p : sel.result().series().points()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("period", p.period().toString());
      pm.put("value", p.value());
      pm.put("observations", p.observationIds());
      pm.put("sources", p.sourceIds().stream().map(id -> Map.of("id", id, "citation", citation(sel.sources(), id)))
          .toList());
      points.add(pm);
    }
    m.put("points", points);
    List<Map<String, Object>> published = new ArrayList<>();
    for (Observation o : sel.result().projections()) {
      Map<String, Object> pm = observation(o, sel.sources());
      if (forecastOrNull != null) {
        forecastOrNull.comparisons().stream().filter(c -> c.published().equals(o)).findFirst()
            .ifPresent(c -> comparison(pm, c));
      }
      published.add(pm);
    }
    m.put("published", published);
    Map<String, Object> projection = null;
    String reason = whyNone;
    if (forecastOrNull != null && forecastOrNull.outlook() instanceof Forecast f) {
      projection = new LinkedHashMap<>();
      projection.put("target", f.target().toString());
      projection.put("point", f.point());
      projection.put("p80", interval(f.p80()));
      projection.put("p95", interval(f.p95()));
      projection.put("method", f.method());
      projection.put("confidence", f.confidence().toString().toLowerCase(java.util.Locale.ROOT));
      projection.put("basis", f.basis());
      projection.put("points", f.points());
    } else if (forecastOrNull != null && forecastOrNull.outlook() instanceof NoForecast n) {
      reason = n.reason();
    }
    m.put("projection", projection);
    m.put("noProjection", reason);
    return m;
  }

  private static void comparison(Map<String, Object> pm, ProjectionComparison c) {
    pm.put("difference", Double.isNaN(c.difference()) ? null : c.difference());
    pm.put("verdict", c.verdict().words());
    pm.put("verdictReason", c.verdict().reason());
  }

  private static Map<String, Object> interval(Interval i) {
    return Map.of("lo", i.lo(), "hi", i.hi());
  }

  static Map<String, Object> audit(AuditReport r, String displayName, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", displayName);
    m.put("dyad", r.dyad());
    m.put("lines", List.of(text.split("\n", -1)));
    List<Map<String, Object>> findings = new ArrayList<>();
    for (AuditFinding f : r.findings()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("check", f.check());
      fm.put("severity", f.severity().word());
      fm.put("line", f.line());
      fm.put("excerpt", f.excerpt());
      fm.put("message", f.message());
      findings.add(fm);
    }
    m.put("findings", findings);
    m.put("claims", r.claims().size());
    m.put("verified", r.verified().size());
    return m;
  }

  private static String citation(Map<String, Source> sources, String id) {
    Source s = sources.get(id);
    return s == null ? id : s.citation();
  }

  /** The codes {@code ids} of {@code book} with their names and definitions, in that order. */
  static List<Map<String, Object>> codes(Codebook book, List<String> ids) {
    return ids.stream().map(id -> {
      Code c = book.require(id);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("name", c.name());
      m.put("definition", c.definition());
      return m;
    }).toList();
  }

  /** The event picture as it is, plus {@code sources}: the citation of each dataset it counts, for the chart's source line. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> events(EventPicture p) {
    Map<String, Object> m = new LinkedHashMap<>(WebServer.JSON.convertValue(p, Map.class));
    m.put("sources", p.datasets().stream().map(c -> {
      Source s = DerivedIndicators.source(Dataset.parse(c.dataset()));
      return s.citation() + " (" + s.id() + ")";
    }).distinct().toList());
    return m;
  }
}
