package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sources under a table or chart, as Our World in Data prints them: every source id with its
 * short citation, and for figures that reached the workspace second-hand the document that reported
 * them. Renderers print {@link #text()} and link {@link #sourceIds()}.
 *
 * @param sourceIds ids of every source credited, original and reporting, in citation order
 * @param text      "Sources: A 2023 [a-2023] and B 2023 [b-2023], as reported in J 2025 [j-2025]."
 */
public record SourceLine(List<String> sourceIds, String text) {

  public SourceLine {
    sourceIds = List.copyOf(sourceIds);
  }

  /** The line for values read from {@code observationIds}. */
  static SourceLine of(Collection<String> observationIds, EvidenceIndex idx, Map<String, Observation> byId) {
    // reporting document (empty for first-hand) -> original sources, each sorted by id for a stable line
    Map<String, TreeSet<String>> byReporter = new LinkedHashMap<>();
    TreeSet<String> reporters = new TreeSet<>();
    for (String id : observationIds) {
      Observation o = byId.get(id);
      if (o != null) {
        reporters.add(o.reportedBy());
      }
    }
    reporters.forEach(r -> byReporter.put(r, new TreeSet<>()));
    for (String id : observationIds) {
      Observation o = byId.get(id);
      if (o != null) {
        byReporter.get(o.reportedBy()).add(o.source());
      }
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    List<String> parts = new ArrayList<>();
    int sources = 0;
    for (Map.Entry<String, TreeSet<String>> e : byReporter.entrySet()) {
      List<String> cited = e.getValue().stream().map(s -> cite(s, idx)).toList();
      ids.addAll(e.getValue());
      sources += e.getValue().size();
      if (e.getKey().isEmpty()) {
        parts.add(Prose.join(cited));
      } else {
        ids.add(e.getKey());
        parts.add(Prose.join(cited) + ", as reported in " + cite(e.getKey(), idx));
      }
    }
    if (ids.isEmpty()) {
      return new SourceLine(List.of(), "");
    }
    return new SourceLine(new ArrayList<>(ids), (sources == 1 ? "Source: " : "Sources: ") + String.join("; ", parts)
        + ".");
  }

  /** {@code State Bank of Pakistan 2023 [sbp-2023]}. */
  static String cite(String sourceId, EvidenceIndex idx) {
    String c = idx.citation(sourceId);
    return c.equals(sourceId) ? "[" + sourceId + "]" : c + " [" + sourceId + "]";
  }

  /** Observations by id. */
  static Map<String, Observation> index(List<Observation> observations) {
    Map<String, Observation> m = new LinkedHashMap<>();
    observations.forEach(o -> m.putIfAbsent(o.id(), o));
    return m;
  }
}
