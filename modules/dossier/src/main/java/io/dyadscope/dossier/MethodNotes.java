package io.dyadscope.dossier;

import io.dyadscope.evidence.Precision;
import io.dyadscope.analysis.Point;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Outlooks;
import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The method notes. How forecasts are made is not retyped here: it is the forecaster's own
 * {@link io.dyadscope.analysis.Forecaster#describe() description} of its options and methods, and
 * for each forecast in the tables the basis the forecaster reported when making it.
 */
final class MethodNotes {

  private MethodNotes() {}

  static List<MethodNote> of(EvidenceIndex idx, DossierOptions options, Outlooks outlooks, Optional<Period> target,
      String targetReason, List<TableView> tables) {
    List<MethodNote> out = new ArrayList<>();
    Map<Combine, List<String>> byRule = new TreeMap<>();
    for (String ind : idx.indicators()) {
      Combine c = idx.indicator(ind).map(Indicator::combine).orElse(Combine.SUM);
      byRule.computeIfAbsent(c, k -> new ArrayList<>()).add(ind);
    }
    List<String> rules = new ArrayList<>();
    byRule.forEach((k, v) -> rules.add(k.word() + " (" + String.join(", ", v) + ")"));
    out.add(new MethodNote("How series are formed", "Each indicator and subject becomes one series of facts (observed"
        + " or reported values), one value per period; published projections are kept apart. Where several values"
        + " exist for one period, the better-graded source wins, then the more precise value, then the more recent"
        + " source, and every value that agrees is cited. Indicators combine by their catalogue rule"
        + (rules.isEmpty() ? "" : ": " + String.join("; ", rules)) + ". One-off estimates (fixed) are never turned"
        + " into a trend."));

    StringBuilder fc = new StringBuilder("Forecasts use only the facts before the target period. ");
    fc.append(String.join(" ", outlooks.forecaster().describe()));
    fc.append(" A forecast made from fewer than ").append(options.forecast().minBacktestPoints())
        .append(" points, or whose 80% interval is wider than the series' own range, is \"")
        .append(io.dyadscope.analysis.ForecastVerdict.Kind.TOO_UNCERTAIN.words()).append("\" a published figure and is never counted as support.");
    List<String> made = new ArrayList<>();
    for (TableView t : tables) {
      for (Comparison c : t.comparisons()) {
        if (c.hasForecast()) {
          made.add(c.series() + ": " + c.note());
        }
      }
    }
    if (!made.isEmpty()) {
      fc.append(" Forecasts in this dossier: ").append(String.join("; ", made)).append('.');
    }
    out.add(new MethodNote("How forecasts and intervals are made", fc.toString()));

    StringBuilder precision = new StringBuilder("A figure is read as exact to its last significant digit: 1,400,000"
        + " stands for any value from 1,350,000 to 1,450,000. Two values agree when they differ by no more than the"
        + " larger of their half units.");
    example(idx).ifPresent(e -> precision.append(' ').append(e));
    out.add(new MethodNote("Precision", precision.toString()));
    out.add(new MethodNote("Target period", target.isEmpty() ? "There is no target period: there are no data."
        : "Forecasts are made for " + target.get() + ", " + targetReason + "."));
    out.add(new MethodNote("Findings and recommendations", "Every finding is made by one of "
        + Prose.count(options.rules().rules().size(), "rule") + " that name indicators and subjects, never a country,"
        + " so the same rules serve any pair. Each of the "
        + Prose.count(options.recommendations().rules().size(), "recommendation rule") + " is a test: it names the"
        + " evidence that would support it and what would refute it, with thresholds that mean something for the"
        + " quantity (a change beyond the series' own year-to-year noise, measured as the standard deviation of its"
        + " yearly rates over the latest " + io.dyadscope.dossier.findings.PathRule.RECENT + " steps, and a trend as"
        + " the mean yearly rate in standard errors from 5 points; or a level against a reference such as UNHCR's"
        + " 25,000 refugees for five years, or a public's majority). It is supported when its conditions hold, not"
        + " supported when one fails, and undecided when the data cannot tell (a finding missing, too few points,"
        + " or only published projections, which never count as evidence). Each lens's observable implications are"
        + " checked the same way: consistent, inconsistent or cannot tell."));
    return out;
  }

  /** A pair of differently written values in the data that agree, as an example of the precision rule. */
  private static Optional<String> example(EvidenceIndex idx) {
    for (String ind : idx.indicators()) {
      for (String subject : idx.subjects(ind)) {
        TreeSet<Double> seen = new TreeSet<>();
        for (Point p : idx.series(ind, subject).series().points()) {
          List<Observation> same = idx.observations(ind, subject).stream()
              .filter(o -> o.status().isFact() && o.period().equals(p.period())).toList();
          for (Observation a : same) {
            for (Observation b : same) {
              if (a.value() < b.value() && Precision.agree(a.value(), b.value()) && seen.add(a.value())) {
                return Optional.of("In these data, " + Figures.grouped(b.value()) + " and "
                    + Figures.grouped(a.value()) + " for " + Prose.lowerFirst(idx.label(ind, subject)) + " in "
                    + p.period() + " agree, so both are cited for one value.");
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
