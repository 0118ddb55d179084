package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Precision;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link RuleKind#PARTS}: what a whole is made of for one subject, in the latest period in which
 * any part has a value (with status {@code any}: facts when any part has facts, projections
 * otherwise). Shares are of the whole when it has a value in that period, else of the parts' sum;
 * when the parts do not add up to the whole within the precision of the figures, the sentence says so.
 *
 * <p>Metrics: {@code whole} (when present), {@code parts_sum}, {@code parts_gap} (whole minus
 * parts' sum), {@code top_share_pct}, and {@code share_<last part of the id>} for each part.
 */
final class PartsRule {

  private PartsRule() {}

  static Finding apply(FindingRule rule, Draft draft, EvidenceIndex idx) throws NoData {
    String subject = idx.names().code(rule.subject());
    List<String> parts = rule.indicators();
    StatusFilter filter = rule.status();
    if (filter == StatusFilter.ANY) {
      filter = parts.stream().anyMatch(p -> !idx.series(p, subject).series().isEmpty())
          ? StatusFilter.FACT : StatusFilter.PROJECTION;
    }
    Period period = null;
    for (String p : parts) {
      for (Period q : idx.periods(p, subject, filter)) {
        if (period == null || q.compareTo(period) > 0) {
          period = q;
        }
      }
    }
    if (period == null) {
      throw new NoData("no " + filter.word() + " values of " + String.join(", ", parts) + " for " + subject);
    }
    List<Reading> readings = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < parts.size(); i++) {
      Optional<Reading> r = idx.read(parts.get(i), subject, period, filter);
      if (r.isPresent()) {
        readings.add(r.get());
        terms.add(rule.term(i).isEmpty() ? Prose.lowerFirst(idx.indicatorName(parts.get(i))) : rule.term(i));
        sum += r.get().value();
        draft.cite(r.get());
      }
    }
    Optional<Reading> whole = idx.read(rule.whole(), subject, period, filter);
    whole.ifPresent(draft::cite);
    double base = whole.map(Reading::value).orElse(sum);
    if (whole.isPresent()) {
      draft.metric("whole", whole.get().value());
    }
    draft.metric("parts_sum", sum);
    if (whole.isPresent()) {
      draft.metric("parts_gap", whole.get().value() - sum);
    }
    double top = readings.stream().mapToDouble(Reading::value).max().orElse(Double.NaN);
    draft.metric("top_share_pct", base > 0 ? top / base * 100 : Double.NaN);
    for (Reading r : readings) {
      draft.metric("share_" + BreakdownRule.lastPart(r.indicator()), base > 0 ? r.value() / base * 100 : Double.NaN);
    }

    boolean projected = readings.stream().anyMatch(Reading::projected);
    String when = (projected ? " projected for " : " in ") + period;
    List<String> items = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      Reading r = readings.get(i);
      String share = base > 0 ? " (" + Figures.percentMagnitude(r.value() / base * 100) + ")" : "";
      items.add(terms.get(i) + (i == 0 && whole.isPresent() ? " made up " : " ") + idx.value(r.indicator(), r.value())
          + share);
    }
    String wholeLabel = rule.label().isEmpty() ? idx.label(rule.whole(), subject) : idx.names().fill(rule.label());
    StringBuilder s = new StringBuilder();
    if (whole.isPresent()) {
      s.append("Of ").append(idx.value(rule.whole(), whole.get().value())).append(' ')
          .append(Prose.lowerFirst(wholeLabel)).append(when).append(", ").append(Prose.join(items));
      if (!Precision.agree(sum, whole.get().value())) {
        s.append("; the parts add up to ").append(idx.value(rule.whole(), sum)).append(", not ")
            .append(idx.value(rule.whole(), whole.get().value()));
      }
    } else {
      s.append(wholeLabel).append(when).append(": ").append(Prose.join(items)).append(", ")
          .append(idx.value(parts.get(0), sum)).append(" in all");
    }
    draft.subject(subject);
    return draft.finish(s.append(idx.cite(draft.sourceIds())).append('.').toString());
  }
}
