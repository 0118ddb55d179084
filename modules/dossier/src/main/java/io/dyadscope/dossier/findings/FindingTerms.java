package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each finding is about, in words and unit, and how to cite sources: what recommendation
 * triggers and lens expectations need to be written in plain language with their numbers and
 * sources.
 */
public final class FindingTerms {

  private final Map<String, String> what = new LinkedHashMap<>();
  private final Map<String, String> units = new LinkedHashMap<>();
  private final EvidenceIndex idx;
  private final MetricPhrases phrases;
  private final java.util.Set<String> projectionIds;

  public FindingTerms(FindingRules rules, EvidenceIndex idx, MetricPhrases phrases) {
    this.idx = idx;
    this.phrases = phrases;
    this.projectionIds = idx.evidence().observations().stream().filter(o -> !o.status().isFact())
        .map(io.dyadscope.evidence.Observation::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    Names n = idx.names();
    for (FindingRule r : rules.rules()) {
      String ind = !r.whole().isEmpty() ? r.whole() : r.indicators().isEmpty() ? "" : r.indicators().get(0);
      String label;
      if (!r.label().isEmpty()) {
        label = n.fill(r.label());
      } else if (ind.isEmpty()) {
        label = "figures stated more than once";
      } else if (r.kind() == RuleKind.COMPARE || r.subject().isEmpty()
          || FindingRule.SUBJECT_KINDS.contains(r.subject())) {
        label = idx.indicatorName(ind);
      } else {
        label = idx.label(ind, n.code(r.subject()));
      }
      what.put(r.id(), Prose.lowerFirst(label));
      units.put(r.id(), ind.isEmpty() ? "" : idx.unit(ind));
    }
  }

  /** What finding {@code id} is about, e.g. "total bilateral trade between Pakistan and Afghanistan". */
  public String what(String id) {
    return what.getOrDefault(id, id);
  }

  /** The unit of finding {@code id}'s values, or empty. */
  public String unit(String id) {
    return units.getOrDefault(id, "");
  }

  /** The metric of {@code f} as a plain clause with its number. */
  public String clause(Finding f, String metric) {
    return phrases.clause(what(f.id()), metric, f.metric(metric), unit(f.id()));
  }

  /** The condition's threshold in words: "at least 10%". */
  public String threshold(Condition c) {
    return c.op().words() + " " + MetricPhrases.value(c.metric(), c.value(), unit(c.finding()));
  }

  /**
   * The condition's threshold in words for these findings: "at least 10%", or against a reference
   * "more than the year-to-year noise of total trade (62%)".
   */
  public String threshold(Condition c, Findings findings) {
    if (c.reference() == null) {
      return threshold(c);
    }
    String times = c.value() == 1 ? "" : io.dyadscope.evidence.text.Figures.grouped(c.value()) + " times ";
    double t = c.threshold(findings);
    return c.op().words() + " " + times + noun(c.reference().finding(), c.reference().metric())
        + (Double.isNaN(t) ? "" : " (" + MetricPhrases.value(c.metric(), t, unit(c.finding())) + ")");
  }

  /** {@code text} with {@code {first}}, {@code {second}} and {@code {dyad}} filled in. */
  public String fill(String text) {
    return idx.names().fill(text);
  }

  /** The metric of finding {@code id} as a noun phrase: "the year-to-year noise of total trade". */
  public String noun(String id, String metric) {
    return phrases.noun(what(id), metric);
  }

  /** True when any observation {@code f} cites is a published projection: such a finding is no evidence. */
  public boolean restsOnProjections(Finding f) {
    return f.kind() == RuleKind.PROJECTION || f.observationIds().stream().anyMatch(projectionIds::contains);
  }

  /** {@code (A 2023; B 2023)} for the sources, or empty. */
  public String cite(Collection<String> sourceIds) {
    return idx.cite(sourceIds);
  }

  /** The finding's clause for a condition that held, threshold and sources included. */
  public String held(Condition c, Optional<Finding> f) {
    return f.map(x -> clause(x, c.metric()) + " (threshold: " + threshold(c) + ")" + cite(x.sourceIds()))
        .orElse(what(c.finding()) + " is not known");
  }
}
