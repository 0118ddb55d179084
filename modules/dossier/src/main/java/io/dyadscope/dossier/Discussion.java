package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.FindingTerms;
import io.dyadscope.dossier.findings.Findings;
import io.dyadscope.dossier.findings.Lens;
import io.dyadscope.dossier.findings.RuleKind;
import io.dyadscope.dossier.findings.ThemeCatalogue;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The discussion by lens: what each lens makes of the evidence. It names the findings the lens
 * weighs most (by how much they moved or differ) and tests what the lens expects against them,
 * instead of repeating the findings.
 */
final class Discussion {

  /** Findings named as weighing most for a lens. */
  static final int WEIGHED = 3;

  private Discussion() {}

  static List<LensSection> of(ThemeCatalogue themes, Findings findings, FindingTerms terms) {
    List<LensSection> out = new ArrayList<>();
    for (Lens lens : themes.lenses()) {
      List<Finding> fs = findings.forLens(lens.id()).stream().filter(f -> f.kind() != RuleKind.DISAGREEMENT).toList();
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
      for (Lens.Expectation e : lens.expects()) {
        expectations.add(expectation(e, findings, terms));
      }
      out.add(new LensSection(lens.id(), lens.name(), s.toString(), expectations, weighed));
    }
    return out;
  }

  /** "It expects X: the data bear this out, as Y (sources)." or that they do not, or cannot tell. */
  private static String expectation(Lens.Expectation e, Findings findings, FindingTerms terms) {
    String head = "It expects " + e.text() + ": ";
    Optional<Finding> f = findings.find(e.test().finding());
    if (f.isEmpty() || Double.isNaN(f.get().metric(e.test().metric()))) {
      return head + "the data cannot tell, as nothing is known of " + terms.what(e.test().finding()) + ".";
    }
    double v = f.get().metric(e.test().metric());
    boolean holds = e.test().op().test(v, e.test().value());
    return head + (holds ? "the data bear this out, as " : "the data disagree, as ")
        + terms.clause(f.get(), e.test().metric()) + terms.cite(f.get().sourceIds()) + ".";
  }
}
