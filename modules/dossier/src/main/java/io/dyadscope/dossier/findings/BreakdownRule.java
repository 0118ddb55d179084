package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RuleKind#BREAKDOWN}: one or more indicators over the provinces, initiatives or countries
 * that have values. Indicators that change over time are read in one period, the latest one with a
 * value (with status {@code any}: facts when any subject has them, projections otherwise); one-off
 * estimates ({@link Combine#FIXED}) are read at each subject's latest statement, facts first, and
 * their periods are shown. Subjects are listed by the first indicator's value, largest first.
 *
 * <p>Metrics: {@code subjects}; {@code total} (sum of the first indicator); {@code share_sum} when
 * the first indicator is a share; {@code top_share_pct} (the largest subject's part of the total);
 * with several indicators also {@code total_<last part of the id>} for each.
 */
final class BreakdownRule {

  private BreakdownRule() {}

  static Finding apply(FindingRule rule, Draft draft, EvidenceIndex idx) throws NoData {
    List<String> inds = rule.indicators();
    List<String> subjects = idx.subjectsOfKind(rule.subject(), inds);
    if (subjects.isEmpty()) {
      throw new NoData("no values of " + String.join(", ", inds) + " for any of the dyad's " + rule.subject());
    }
    StatusFilter filter = effectiveFilter(rule.status(), inds, subjects, idx);
    Optional<Period> common = commonPeriod(filter, inds, subjects, idx);
    Map<String, List<Reading>> rows = new LinkedHashMap<>();
    for (String s : subjects) {
      List<Reading> row = new ArrayList<>();
      for (String ind : inds) {
        Optional<Reading> r = fixed(ind, idx) ? idx.latest(ind, s, rule.status())
            : common.flatMap(p -> idx.read(ind, s, p, filter));
        row.add(r.orElse(null));
      }
      if (row.stream().anyMatch(r -> r != null)) {
        rows.put(s, row);
      }
    }
    if (rows.isEmpty()) {
      throw new NoData("no " + filter.word() + " values of " + String.join(", ", inds) + " for the dyad's "
          + rule.subject() + " in one period");
    }
    List<String> order = new ArrayList<>(rows.keySet());
    order.sort(Comparator.comparingDouble((String s) -> {
      Reading r = rows.get(s).get(0);
      return r == null ? Double.POSITIVE_INFINITY : -r.value();
    }).thenComparing(Comparator.naturalOrder()));

    double[] totals = new double[inds.size()];
    for (String s : order) {
      List<Reading> row = rows.get(s);
      for (int i = 0; i < inds.size(); i++) {
        if (row.get(i) != null) {
          totals[i] += row.get(i).value();
          draft.cite(row.get(i));
        }
      }
    }
    String first = inds.get(0);
    boolean share = idx.indicator(first).map(Indicator::isShare).orElse(false);
    Reading top = rows.get(order.get(0)).get(0);
    draft.metric("subjects", order.size()).metric("total", totals[0]);
    if (share) {
      draft.metric("share_sum", totals[0]);
    }
    draft.metric("top_share_pct", top == null || totals[0] <= 0 ? Double.NaN : top.value() / totals[0] * 100);
    if (inds.size() > 1) {
      for (int i = 0; i < inds.size(); i++) {
        draft.metric("total_" + lastPart(inds.get(i)), totals[i]);
      }
    }

    Names n = idx.names();
    boolean projected = rows.values().stream().flatMap(List::stream)
        .anyMatch(r -> r != null && r.projected());
    String when = common.isEmpty() || inds.stream().allMatch(i -> fixed(i, idx)) ? ""
        : projected ? ", as projected for " + common.get() : " in " + common.get();
    String label = !rule.label().isEmpty() ? n.fill(rule.label())
        : inds.size() == 1 ? idx.indicatorName(first) : "By " + singular(rule.subject());
    StringBuilder s = new StringBuilder(label).append(when).append(": ");
    List<String> items = new ArrayList<>();
    for (String subject : order) {
      List<Reading> row = rows.get(subject);
      if (inds.size() == 1) {
        items.add(n.label(subject) + " " + idx.value(first, row.get(0).value()) + dated(row.get(0), first, idx));
      } else {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < inds.size(); i++) {
          if (row.get(i) != null) {
            dates.add(dated(row.get(i), inds.get(i), idx));
          }
        }
        // one date for the row when every value was stated at once
        boolean oneDate = dates.stream().distinct().count() == 1;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < inds.size(); i++) {
          Reading r = row.get(i);
          if (r != null) {
            parts.add(term(rule, i, idx) + " " + idx.value(inds.get(i), r.value())
                + (oneDate ? "" : dated(r, inds.get(i), idx)));
          }
        }
        items.add(n.label(subject) + (oneDate ? dates.get(0) : "") + ": " + Prose.join(parts));
      }
    }
    s.append(inds.size() == 1 ? Prose.join(items) : String.join("; ", items));
    if (inds.size() == 1) {
      if (share) {
        s.append(", together ").append(Figures.grouped(totals[0])).append('%');
      } else if (order.size() > 1 && top != null && totals[0] > 0) {
        s.append(", ").append(idx.value(first, totals[0])).append(" in all, ")
            .append(Figures.percentMagnitude(top.value() / totals[0] * 100)).append(" of it for ")
            .append(n.label(order.get(0)));
      }
    } else if (order.size() > 1) {
      List<String> all = new ArrayList<>();
      for (int i = 0; i < inds.size(); i++) {
        all.add(term(rule, i, idx) + " " + idx.value(inds.get(i), totals[i]));
      }
      s.append("; in all, ").append(Prose.join(all));
    }
    return draft.finish(s.append(idx.cite(draft.sourceIds())).append('.').toString());
  }

  private static StatusFilter effectiveFilter(StatusFilter f, List<String> inds, List<String> subjects,
      EvidenceIndex idx) {
    if (f != StatusFilter.ANY) {
      return f;
    }
    for (String ind : inds) {
      for (String s : subjects) {
        if (!idx.series(ind, s).series().isEmpty()) {
          return StatusFilter.FACT;
        }
      }
    }
    return StatusFilter.PROJECTION;
  }

  /** The latest period in which any subject has a value of an indicator that changes over time. */
  private static Optional<Period> commonPeriod(StatusFilter f, List<String> inds, List<String> subjects,
      EvidenceIndex idx) {
    Period latest = null;
    for (String ind : inds) {
      if (fixed(ind, idx)) {
        continue;
      }
      for (String s : subjects) {
        for (Period p : idx.periods(ind, s, f)) {
          if (latest == null || p.compareTo(latest) > 0) {
            latest = p;
          }
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  static boolean fixed(String ind, EvidenceIndex idx) {
    return idx.indicator(ind).map(i -> i.combine() == Combine.FIXED).orElse(false);
  }

  /** For one-off estimates, when they were stated: " (2023)" or " (2024 projection)". */
  private static String dated(Reading r, String ind, EvidenceIndex idx) {
    if (!fixed(ind, idx)) {
      return "";
    }
    return " (" + r.period() + (r.projected() ? " projection" : "") + ")";
  }

  private static String term(FindingRule rule, int i, EvidenceIndex idx) {
    String t = rule.term(i);
    return t.isEmpty() ? Prose.lowerFirst(idx.indicatorName(rule.indicators().get(i))) : t;
  }

  static String lastPart(String indicator) {
    return indicator.substring(indicator.lastIndexOf('.') + 1);
  }

  private static String singular(String kind) {
    return switch (kind) {
      case "provinces" -> "province";
      case "initiatives" -> "initiative";
      default -> "country";
    };
  }
}
