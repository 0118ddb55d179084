package io.dyadscope.dossier.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement the data support, made by a {@link FindingRule}.
 *
 * @param id             the id of the rule that made it
 * @param theme          id of the theme it belongs to
 * @param lenses         ids of the lenses that read it
 * @param kind           the rule kind that computed it
 * @param sentence       the statement, with its sources cited
 * @param subjects       the subjects it speaks of (dyad, country, province or initiative codes)
 * @param observationIds ids of the observations behind it, without repeats
 * @param sourceIds      ids of the sources cited, without repeats, in citation order
 * @param metrics        named numbers it rests on (e.g. {@code last_change_pct}), all finite, in a
 *                       fixed order; recommendation conditions test them
 */
public record Finding(String id, String theme, List<String> lenses, RuleKind kind, String sentence,
    List<String> subjects, List<String> observationIds, List<String> sourceIds, Map<String, Double> metrics) {

  public Finding {
    id = Json.requireText(id, "finding id");
    theme = Json.requireText(theme, "theme of finding " + id);
    lenses = List.copyOf(lenses);
    Objects.requireNonNull(kind, "kind");
    sentence = Json.requireText(sentence, "sentence of finding " + id);
    subjects = List.copyOf(subjects);
    observationIds = List.copyOf(observationIds);
    sourceIds = List.copyOf(sourceIds);
    Map<String, Double> m = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : metrics.entrySet()) {
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("metric " + e.getKey() + " of finding " + id + " is not finite: "
            + e.getValue());
      }
      m.put(e.getKey(), e.getValue());
    }
    metrics = Collections.unmodifiableMap(m);
  }

  /** The metric {@code name}, or NaN when the finding has none of that name. */
  public double metric(String name) {
    Double v = metrics.get(name);
    return v == null ? Double.NaN : v;
  }
}
