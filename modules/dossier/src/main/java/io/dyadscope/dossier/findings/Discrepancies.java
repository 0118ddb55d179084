package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import io.dyadscope.analysis.Disagreement;
import io.dyadscope.evidence.Precision;
import io.dyadscope.analysis.SeriesResult;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds figures stated more than once (by several sources, or in several places of one source)
 * that should agree ({@link #shouldAgree}: not independent first-hand measurements) and whose values do not agree within the precision they are written with ({@link Precision#agree}).
 * For indicators that change over time a figure is one period's facts (the series builder's
 * disagreements); for one-off estimates ({@code fixed}) it is every value stated for the subject,
 * whatever its period or status.
 *
 * @param checked figures stated more than once
 * @param found   those that disagree, widest gap first
 */
public record Discrepancies(int checked, List<Discrepancy> found) {

  public Discrepancies {
    found = List.copyOf(found);
  }

  /**
   * Scans {@code indicators} (all when empty) for every subject, or only {@code subject} when not empty.
   */
  public static Discrepancies scan(EvidenceIndex idx, Collection<String> indicators, String subject) {
    List<String> inds = indicators.isEmpty() ? idx.indicators() : List.copyOf(indicators);
    List<Discrepancy> found = new ArrayList<>();
    int checked = 0;
    for (String ind : inds) {
      for (String s : idx.subjects(ind)) {
        if (!subject.isEmpty() && !subject.equals(s)) {
          continue;
        }
        if (BreakdownRule.fixed(ind, idx)) {
          List<Observation> all = new ArrayList<>(idx.observations(ind, s));
          if (all.size() < 2) {
            continue;
          }
          checked++;
          all.sort(Comparator.comparing(Observation::period).thenComparing(idx.preference()));
          if (!allAgree(all)) {
            found.add(describe(ind, s, null, all, idx));
          }
        } else {
          SeriesResult result = idx.series(ind, s);
          List<Observation> facts = idx.observations(ind, s).stream().filter(o -> o.status().isFact()).toList();
          for (var p : result.series().points()) {
            if (shouldAgree(facts.stream().filter(o -> o.period().equals(p.period())).toList(), idx).size() > 1) {
              checked++;
            }
          }
          for (Disagreement d : result.disagreements()) {
            List<Observation> same = shouldAgree(d.observations(), idx);
            if (same.size() > 1 && !allAgree(same)) {
              found.add(describe(ind, s, d, same, idx));
            }
          }
        }
      }
    }
    found.sort(Comparator.comparingDouble((Discrepancy d) -> -d.gapPct()).thenComparing(Discrepancy::indicator)
        .thenComparing(Discrepancy::subject));
    return new Discrepancies(checked, found);
  }

  /**
   * Of one period's facts, those that should agree. First-hand measurements (observed values of a source
   * that is not news) of different sources are independent: the two reporters of a mirror pair, two event
   * datasets with their own definitions differ by design, and their gap is reported where it is measured
   * (the mirror gap); a second-hand figure against them is checked in the reported-figures section. What
   * should agree: figures passed on second-hand, one source's figures stated more than once, and a news
   * report of a figure beside the measurements it reports on.
   */
  static List<Observation> shouldAgree(List<Observation> facts, EvidenceIndex idx) {
    Map<String, Long> perSource = facts.stream().filter(o -> o.status() == Status.OBSERVED)
        .collect(Collectors.groupingBy(Observation::source, Collectors.counting()));
    java.util.function.Predicate<Observation> news = o -> o.status() == Status.OBSERVED
        && idx.evidence().sources().get(o.source()) != null
        && idx.evidence().sources().get(o.source()).kind() == io.dyadscope.evidence.SourceKind.NEWS;
    boolean reportsOnMeasurements = facts.stream().anyMatch(news);
    return facts.stream().filter(o -> o.status() != Status.OBSERVED || perSource.get(o.source()) > 1
        || reportsOnMeasurements).toList();
  }

  private static boolean allAgree(List<Observation> all) {
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (!Precision.agree(all.get(i).value(), all.get(j).value())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * "Label: USD 62 billion in 2023 (World Bank 2023, Introduction; Asian Development Bank 2023,
   * Introduction) against USD 65 billion in 2024 (...)": statements of one value (and, for one-off
   * estimates, one period and status) are cited together.
   */
  private static Discrepancy describe(String ind, String subject, Disagreement d, List<Observation> obs,
      EvidenceIndex idx) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    Map<String, List<String>> byStatement = new LinkedHashMap<>();
    for (Observation o : obs) {
      lo = Math.min(lo, o.value());
      hi = Math.max(hi, o.value());
      String statement = idx.value(ind, o.value());
      if (d == null) {
        // a one-off estimate is dated by when it was stated, not by a horizon it is projected to
        statement += (o.status().isFact() ? " in " : " expected, as stated in ") + o.period();
      }
      String where = idx.citation(o.source()) + (o.location().isEmpty() ? "" : ", " + o.location());
      List<String> wheres = byStatement.computeIfAbsent(statement, k -> new ArrayList<>());
      if (!wheres.contains(where)) {
        wheres.add(where);
      }
    }
    List<String> statements = new ArrayList<>();
    byStatement.forEach((statement, wheres) -> statements.add(statement + " (" + String.join("; ", wheres) + ")"));
    double gap = lo > 0 ? (hi - lo) / lo * 100 : 0;
    String head = idx.label(ind, subject) + (d == null ? "" : " in " + d.period());
    String text = head + ": " + statements.get(0) + " against " + Prose.join(statements.subList(1, statements.size()));
    return new Discrepancy(ind, subject, text, gap, obs);
  }
}
