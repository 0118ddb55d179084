package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.FindingTerms;
import io.dyadscope.dossier.findings.Findings;
import io.dyadscope.dossier.findings.ConditionCheck;
import io.dyadscope.dossier.findings.Lens;
import io.dyadscope.dossier.findings.RuleKind;
import io.dyadscope.dossier.findings.ThemeCatalogue;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.List;

/**
 * The discussion by lens: what each lens makes of the evidence. It names the findings the lens
 * weighs most (by how much they moved or differ) and checks each observable implication of the lens
 * against observed findings: consistent, inconsistent or cannot tell, with the numbers. Published
 * projections never count as evidence.
 */
final class Discussion {

  /** Findings named as weighing most for a lens. */
  static final int WEIGHED = 3;

  private Discussion() {}

  static List<LensSection> of(ThemeCatalogue themes, Findings findings, FindingTerms terms) {
    List<LensSection> out = new ArrayList<>();
    for (Lens lens : themes.lenses()) {
      // published projections are no evidence: a lens weighs only findings on observed or reported values
      List<Finding> fs = findings.forLens(lens.id()).stream().filter(f -> f.kind() != RuleKind.DISAGREEMENT)
          .filter(f -> !terms.restsOnProjections(f) && f.metric("projected") != 1).toList();
      StringBuilder s = new StringBuilder(lens.name()).append(" attends to ").append(lens.focus()).append('.');
      // one finding per thing measured: a series' path and its projection are weighed once
      java.util.Set<String> seen = new java.util.HashSet<>();
      List<String> weighed = DossierBuilder.ranked(fs).stream().filter(f -> seen.add(terms.what(f.id())))
          .limit(WEIGHED).map(Finding::id).toList();
      if (fs.isEmpty()) {
        s.append(" None of the findings bears on it: the data its themes need are missing.");
      } else {
        List<String> whats = weighed.stream().map(terms::what).toList();
        s.append(" Of the ").append(Prose.count(fs.size(), "finding")).append(" it reads, it weighs most ")
            .append(Prose.join(whats)).append('.');
      }
      List<String> expectations = new ArrayList<>();
      List<String> verdicts = new ArrayList<>();
      for (Lens.Implication e : lens.implications()) {
        expectations.add(implication(e, findings, terms));
        verdicts.add(verdict(checks(e.test(), findings, terms), checks(e.against(), findings, terms)));
      }
      out.add(new LensSection(lens.id(), lens.name(), s.toString(), expectations, weighed, verdicts));
    }
    return out;
  }

  private static List<ConditionCheck> checks(List<io.dyadscope.dossier.findings.Condition> cs, Findings findings,
      FindingTerms terms) {
    return cs.stream().map(c -> ConditionCheck.of(c, findings, terms)).toList();
  }

  /** The three verdicts on an implication. */
  static final String CONSISTENT = "consistent";
  static final String INCONSISTENT = "inconsistent";
  static final String CANNOT_TELL = "cannot tell";

  /** The verdict on an implication, given its checks: consistent, inconsistent or cannot tell. */
  static String verdict(List<ConditionCheck> test, List<ConditionCheck> against) {
    if (test.stream().allMatch(c -> c.outcome() == ConditionCheck.Outcome.HOLDS)) {
      return CONSISTENT;
    }
    boolean refuted = against.isEmpty()
        ? test.stream().anyMatch(c -> c.outcome() == ConditionCheck.Outcome.FAILS)
        : against.stream().allMatch(c -> c.outcome() == ConditionCheck.Outcome.HOLDS);
    return refuted ? INCONSISTENT : CANNOT_TELL;
  }

  /** "It expects X. Consistent: Y (sources)." or inconsistent, or cannot tell, each with its numbers. */
  private static String implication(Lens.Implication e, Findings findings, FindingTerms terms) {
    List<ConditionCheck> test = e.test().stream().map(c -> ConditionCheck.of(c, findings, terms)).toList();
    List<ConditionCheck> against = e.against().stream().map(c -> ConditionCheck.of(c, findings, terms)).toList();
    String verdict = verdict(test, against);
    List<String> evidence = switch (verdict) {
      case CONSISTENT -> test.stream().map(ConditionCheck::text).toList();
      case INCONSISTENT -> (against.isEmpty() ? test.stream().filter(c -> c.outcome() == ConditionCheck.Outcome.FAILS)
          : against.stream()).map(ConditionCheck::text).toList();
      default -> {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> unknown = test.stream().filter(c -> c.outcome() == ConditionCheck.Outcome.UNKNOWN)
            .filter(c -> seen.add(c.condition().finding())).map(ConditionCheck::text).toList();
        yield unknown.isEmpty() ? java.util.stream.Stream.concat(test.stream(), against.stream())
            .map(ConditionCheck::text).distinct().map(t -> t + " (between the two thresholds)").toList() : unknown;
      }
    };
    return "It expects " + terms.fill(e.text()) + ". " + Prose.upperFirst(verdict) + ": "
        + String.join("; ", evidence) + ".";
  }
}
