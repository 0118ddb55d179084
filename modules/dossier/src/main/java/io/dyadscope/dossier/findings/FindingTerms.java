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

  public FindingTerms(FindingRules rules, EvidenceIndex idx, MetricPhrases phrases) {
    this.idx = idx;
    this.phrases = phrases;
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
