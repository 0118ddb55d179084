package io.dyadscope.dossier;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.ProjectionComparison;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Findings;
import io.dyadscope.dossier.findings.Names;
import io.dyadscope.dossier.findings.Outlooks;
import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dossier's summary paragraphs. */
final class Summaries {

  private Summaries() {}

  static List<String> of(EvidenceIndex idx, Outlooks outlooks, DataSection data, List<ThemeSection> themes,
      Findings findings, List<Recommendation> recommendations, Optional<Period> target,
      List<LensSection> discussion) {
    Names n = idx.names();
    List<String> out = new ArrayList<>();
    if (data.observations() == 0) {
      out.add("There are no stored observations for " + n.first() + " and " + n.second()
          + ", so this dossier states no finding.");
      return out;
    }
    out.add("This dossier on relations between " + n.first() + " and " + n.second() + " rests on "
        + Prose.count(data.observations(), "distinct fact") + " (" + Figures.count(data.facts()) + " observed or reported, "
        + Prose.count(data.projections(), "published projection") + (data.mentions() == data.observations() ? ""
            : "; stated in " + Prose.count(data.mentions(), "stored observation")
                + ", a figure repeated in several places counted once") + ") of " + Prose.count(data.indicators(), "indicator")
        + " from " + Prose.count(data.sources().size(), "source") + ", " + span(data) + ".");
    List<String> empty = themes.stream().filter(t -> t.findings().isEmpty()).map(t -> Prose.lowerFirst(t.title()))
        .toList();
    long covered = themes.size() - empty.size();
    out.add("Its rules produced " + Prose.count(findings.findings().size(), "finding") + " on " + covered + " of the "
        + themes.size() + " themes" + (empty.isEmpty() ? "." : "; there are no data for " + Prose.join(empty) + "."));
    if (target.isPresent()) {
      projectionCheck(idx, outlooks, target.get()).ifPresent(out::add);
    }
    if (!recommendations.isEmpty()) {
      out.add(recommendationCount(recommendations));
    }
    out.addAll(Limits.of(idx, recommendations, discussion));
    return out;
  }

  /**
   * "Of the 6 recommendations, tested against the findings, 1 is supported, 1 is not and 4 are
   * undecided (the evidence cannot tell); each is listed with the numbers that decided it."
   */
  static String recommendationCount(List<Recommendation> recommendations) {
    long supported = recommendations.stream().filter(r -> r.status() == Recommendation.Status.SUPPORTED).count();
    long not = recommendations.stream().filter(r -> r.status() == Recommendation.Status.NOT_SUPPORTED).count();
    long undecided = recommendations.size() - supported - not;
    return "Of the " + Prose.count(recommendations.size(), "recommendation") + ", each tested against the findings, "
        + supported + (supported == 1 ? " is" : " are") + " supported, " + not + (not == 1 ? " is" : " are")
        + " not and " + undecided + (undecided == 1 ? " is" : " are") + " undecided (the evidence cannot tell);"
        + " each is listed with the numbers that decided it.";
  }

  /** "2019 to 2024", or "in 2023" when every value is of one period. */
  static String span(DataSection data) {
    return data.firstPeriod().equals(data.lastPeriod()) ? "all of " + data.firstPeriod()
        : "covering " + data.firstPeriod() + " to " + data.lastPeriod();
  }

  /**
   * How the published projections for the target compare with Dyadscope's forecasts: judged (inside
   * the 80% interval, inside only the 95%, outside), too uncertain to judge, or not checkable.
   */
  private static Optional<String> projectionCheck(EvidenceIndex idx, Outlooks outlooks, Period target) {
    int in80 = 0;
    int in95 = 0;
    int outside = 0;
    int uncertain = 0;
    int tooFew = 0;
    int noFacts = 0;
    int oneOff = 0;
    for (String ind : idx.indicators()) {
      for (String subject : idx.subjects(ind)) {
        Optional<Observation> published = idx.projectionAt(ind, subject, target);
        if (published.isEmpty()) {
          continue;
        }
        if (DataSections.isFixed(idx, ind)) {
          oneOff++;
        } else if (outlooks.basis(ind, subject, target).isEmpty()) {
          noFacts++;
        } else if (outlooks.outlook(ind, subject, target) instanceof Forecast f) {
          var cmp = ProjectionComparison.of(published.get(), f, outlooks.basis(ind, subject, target),
              outlooks.options(), idx.unit(ind));
          switch (cmp.verdict().kind()) {
            case TOO_UNCERTAIN -> uncertain++;
            case INSIDE_80 -> in80++;
            case INSIDE_95 -> in95++;
            default -> outside++;
          }
        } else {
          tooFew++;
        }
      }
    }
    int judged = in80 + in95 + outside;
    int total = judged + uncertain + tooFew + noFacts + oneOff;
    if (total == 0) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (judged > 0) {
      parts.add(judged + " could be judged against a forecast of Dyadscope's own (" + in80 + " inside its 80% interval, "
          + in95 + " inside only its 95% interval, " + outside + " outside both)");
    }
    if (uncertain > 0) {
      parts.add(uncertain + " stand beside a forecast " + io.dyadscope.analysis.ForecastVerdict.Kind.TOO_UNCERTAIN.words() + " them (made from fewer than "
          + outlooks.options().minBacktestPoints() + " points, or with an 80% interval wider than the series' own"
          + " range), so they count neither for nor against");
    }
    if (tooFew > 0) {
      parts.add(tooFew + " rest on too few facts for a forecast");
    }
    if (noFacts > 0) {
      parts.add(noFacts + (noFacts == 1 ? " has" : " have") + " no observed or reported values behind "
          + (noFacts == 1 ? "it" : "them"));
    }
    if (oneOff > 0) {
      parts.add(oneOff + (oneOff == 1 ? " is a one-off estimate, which is" : " are one-off estimates, which are")
          + " not forecast");
    }
    return Optional.of("Of the " + Prose.count(total, "published projection") + " for " + target + ", "
        + Prose.join(parts) + ".");
  }
}
