package io.dyadscope.dossier.findings;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.evidence.text.Figures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a finding's metrics read in plain language, from the resource {@code metrics.json}: e.g.
 * {@code max_drop_pct} of total trade becomes "total bilateral trade fell by as much as 29% in one
 * step". Recommendation triggers and lens expectations use it, so a reader sees what was measured
 * and its number rather than rule and metric ids.
 */
public final class MetricPhrases {

  /** Metrics that count things: written as whole numbers without a unit. */
  private static final Set<String> COUNTS = Set.of("points", "subjects", "count", "checked", "sources");

  private final Map<String, String> templates;
  private final Map<String, String> nouns;

  public MetricPhrases(Map<String, String> templates) {
    this(templates, Map.of());
  }

  /**
   * @param templates how each metric reads as a clause ({@code {what}} and {@code {value}})
   * @param nouns     how each metric reads as a noun phrase, e.g. for a threshold measured against it
   *                  ({@code {what}})
   */
  public MetricPhrases(Map<String, String> templates, Map<String, String> nouns) {
    this.templates = Map.copyOf(templates);
    this.nouns = Map.copyOf(nouns);
    nouns.forEach((k, v) -> {
      if (!v.contains("{what}")) {
        throw new IllegalArgumentException("metric noun '" + k + "' must contain {what}: " + v);
      }
    });
    templates.forEach((k, v) -> {
      if (!v.contains("{what}") || !v.contains("{value}")) {
        throw new IllegalArgumentException("metric phrase '" + k + "' must contain {what} and {value}: " + v);
      }
    });
  }

  /** The shipped phrases. */
  public static MetricPhrases standard() {
    return Json.loadResource(MetricPhrases.class, "metrics.json", r -> {
      JsonNode root = Json.parse(r, "metrics.json");
      Map<String, String> m = new LinkedHashMap<>();
      root.path("metrics").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
      if (m.isEmpty()) {
        throw new IllegalArgumentException("metrics.json: no \"metrics\" object");
      }
      Map<String, String> n = new LinkedHashMap<>();
      root.path("nouns").fields().forEachRemaining(e -> n.put(e.getKey(), e.getValue().asText()));
      return new MetricPhrases(m, n);
    });
  }

  /** {@code metric} of value {@code v} about {@code what} (in {@code unit}) as a clause. */
  public String clause(String what, String metric, double v, String unit) {
    String template = templates.get(metric);
    if (template == null && metric.startsWith("total_")) {
      template = templates.getOrDefault("total_*", "{what}: {name} is {value}")
          .replace("{name}", metric.substring(6).replace('_', ' '));
    }
    if (template == null) {
      template = "{what}: " + metric.replace('_', ' ') + " is {value}";
    }
    return template.replace("{what}", what).replace("{value}", value(metric, v, unit));
  }

  /** {@code metric} of the finding about {@code what} as a noun phrase: "the year-to-year noise of total trade". */
  public String noun(String what, String metric) {
    return nouns.getOrDefault(metric, "the " + metric.replace('_', ' ') + " of {what}").replace("{what}", what);
  }

  /** The metric's value as text: a percentage for {@code *_pct}, a count, or a value in the unit. */
  public static String value(String metric, double v, String unit) {
    Objects.requireNonNull(unit, "unit");
    if (metric.endsWith("_pct")) {
      return Figures.percent(v);
    }
    if (metric.endsWith("_t")) {
      return Figures.fixed(v, 1);
    }
    if (metric.endsWith("_years")) {
      return Figures.grouped(v) + (v == 1 ? " year" : " years");
    }
    if (COUNTS.contains(metric) || unit.isEmpty()) {
      return Figures.grouped(v);
    }
    return Figures.withUnit(v, unit);
  }
}
