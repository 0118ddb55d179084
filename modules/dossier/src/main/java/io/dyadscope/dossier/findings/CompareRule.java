package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link RuleKind#COMPARE}: one indicator for the dyad's two countries, in the latest period for
 * which both have a value. With status {@code any}, facts are used when both countries have facts
 * for a common period, projections otherwise.
 *
 * <p>Metrics: {@code first} and {@code second} (the two countries' values, in dyad order),
 * {@code gap} (second minus first), {@code gap_pct} (the gap in percent of the first),
 * {@code min}, {@code max}, {@code projected} (1 when the values are published projections).
 */
final class CompareRule {

  private CompareRule() {}

  static Finding apply(FindingRule rule, Draft draft, EvidenceIndex idx) throws NoData {
    String ind = rule.indicators().get(0);
    String a = idx.evidence().dyad().first();
    String b = idx.evidence().dyad().second();
    List<StatusFilter> tries = rule.status() == StatusFilter.ANY
        ? List.of(StatusFilter.FACT, StatusFilter.PROJECTION) : List.of(rule.status());
    for (StatusFilter f : tries) {
      Optional<Period> common = latestCommon(idx.periods(ind, a, f), idx.periods(ind, b, f));
      if (common.isPresent()) {
        Reading ra = idx.read(ind, a, common.get(), f).orElseThrow();
        Reading rb = idx.read(ind, b, common.get(), f).orElseThrow();
        return finish(rule, draft, idx, ra, rb);
      }
    }
    throw new NoData("no " + (rule.status() == StatusFilter.ANY ? "" : rule.status().word() + " ") + "values of "
        + ind + " for both " + a + " and " + b + " in one period");
  }

  private static Optional<Period> latestCommon(List<Period> x, List<Period> y) {
    List<Period> common = new ArrayList<>(x);
    common.retainAll(y);
    return common.isEmpty() ? Optional.empty() : Optional.of(common.get(common.size() - 1));
  }

  private static Finding finish(FindingRule rule, Draft draft, EvidenceIndex idx, Reading ra, Reading rb) {
    String ind = ra.indicator();
    Names n = idx.names();
    draft.cite(ra).cite(rb);
    double gap = rb.value() - ra.value();
    boolean projected = ra.projected() || rb.projected();
    draft.metric("first", ra.value()).metric("second", rb.value()).metric("gap", gap)
        .metric("gap_pct", ra.value() == 0 ? Double.NaN : gap / Math.abs(ra.value()) * 100)
        .metric("min", Math.min(ra.value(), rb.value())).metric("max", Math.max(ra.value(), rb.value()))
        .flag("projected", projected);
    String label = rule.label().isEmpty() ? idx.indicatorName(ind) : n.fill(rule.label());
    String values = idx.value(ind, ra.value()) + " in " + n.first() + " and " + idx.value(ind, rb.value()) + " in "
        + n.second();
    String when = ra.period().toString();
    String s = projected
        ? label + ", as projected for " + when + ": " + values
        : label + ": " + values + " in " + when;
    return draft.finish(s + ", " + difference(ra, rb, idx) + idx.cite(draft.sourceIds()) + ".");
  }

  private static String difference(Reading ra, Reading rb, EvidenceIndex idx) {
    if (ra.value() == rb.value()) {
      return "the same in both";
    }
    Names n = idx.names();
    boolean secondHigher = rb.value() > ra.value();
    String higher = secondHigher ? n.second() : n.first();
    double hi = Math.max(ra.value(), rb.value());
    double lo = Math.min(ra.value(), rb.value());
    if (idx.unit(ra.indicator()).equals("percent")) {
      return Figures.grouped(hi - lo) + " percentage point" + (hi - lo == 1 ? "" : "s") + " higher in " + higher;
    }
    return lo <= 0 ? "higher in " + higher : Figures.percentMagnitude((hi - lo) / lo * 100) + " higher in " + higher;
  }
}
