package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import io.dyadscope.evidence.Observation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link RuleKind#DISAGREEMENT}: figures stated more than once whose values do not agree, as found
 * by {@link Discrepancies#scan}. The five widest gaps are told.
 *
 * <p>Metrics: {@code count} (figures that disagree), {@code checked} (figures stated more than
 * once), {@code max_gap_pct} (widest gap, in percent of the smaller value), {@code sources}
 * (sources involved in disagreements).
 */
final class DisagreementRule {

  private static final int TOLD = 5;

  private DisagreementRule() {}

  static Finding apply(FindingRule rule, Draft draft, EvidenceIndex idx) throws NoData {
    String only = rule.subject().isEmpty() || rule.subject().equals("*") ? "" : idx.names().code(rule.subject());
    Discrepancies scan = Discrepancies.scan(idx, rule.indicators(), only);
    if (scan.checked() == 0) {
      throw new NoData("no figure is stated more than once, so none can be cross-checked");
    }
    List<Discrepancy> items = scan.found();
    Set<String> sources = new LinkedHashSet<>();
    double maxGap = 0;
    for (Discrepancy i : items) {
      for (Observation o : i.observations()) {
        draft.cite(List.of(o.id()), List.of(o.source()));
        sources.add(o.source());
      }
      draft.subject(i.subject());
      maxGap = Math.max(maxGap, i.gapPct());
    }
    draft.metric("count", items.size()).metric("checked", scan.checked()).metric("max_gap_pct", maxGap)
        .metric("sources", sources.size());
    if (items.isEmpty()) {
      return draft.finish("All " + Prose.count(scan.checked(), "figure") + " stated more than once agree within the"
          + " precision they are written with.");
    }
    StringBuilder s = new StringBuilder();
    s.append(items.size() == 1 ? "One figure" : items.size() + " figures").append(" of ").append(scan.checked())
        .append(" stated more than once ").append(items.size() == 1 ? "has" : "have")
        .append(" values that do not agree: ");
    List<String> told = new ArrayList<>();
    for (Discrepancy i : items.subList(0, Math.min(TOLD, items.size()))) {
      told.add(i.text());
    }
    s.append(String.join("; ", told));
    if (items.size() > TOLD) {
      s.append("; and ").append(items.size() - TOLD).append(" more");
    }
    return draft.finish(s.append('.').toString());
  }
}
