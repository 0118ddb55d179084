package io.dyadscope.dossier.findings;

import io.dyadscope.analysis.Forecaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies finding rules to the evidence of a dyad. Each rule yields a {@link Finding} or, when its
 * data are missing, an {@link Absence} saying what is missing; a rule never yields a sentence
 * without data behind it.
 */
public final class FindingEngine {

  private final ThemeCatalogue themes;
  private final FindingRules rules;
  private final Forecaster forecaster;

  /**
   * @throws IllegalArgumentException naming the rule when it names a theme or lens the catalogue lacks
   */
  public FindingEngine(ThemeCatalogue themes, FindingRules rules, Forecaster forecaster) {
    this.themes = Objects.requireNonNull(themes, "themes");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
    for (FindingRule r : rules.rules()) {
      if (themes.theme(r.theme()).isEmpty()) {
        throw new IllegalArgumentException("finding rule " + r.id() + " names unknown theme '" + r.theme() + "'");
      }
      for (String lens : r.lenses()) {
        if (themes.lens(lens).isEmpty()) {
          throw new IllegalArgumentException("finding rule " + r.id() + " names unknown lens '" + lens + "'");
        }
      }
    }
  }

  /** The standard themes and rules with the standard forecaster. */
  public static FindingEngine standard() {
    return new FindingEngine(ThemeCatalogue.standard(), FindingRules.standard(), Forecaster.standard());
  }

  public ThemeCatalogue themes() {
    return themes;
  }

  public FindingRules rules() {
    return rules;
  }

  public Findings run(Evidence evidence) {
    return run(new EvidenceIndex(evidence));
  }

  /**
   * @throws IllegalArgumentException naming the rule when it names an indicator missing from the
   *     evidence's catalogue
   */
  public Findings run(EvidenceIndex index) {
    Outlooks outlooks = new Outlooks(index, forecaster);
    List<Finding> found = new ArrayList<>();
    List<Absence> absent = new ArrayList<>();
    for (FindingRule r : rules.rules()) {
      List<String> named = new ArrayList<>(r.indicators());
      if (!r.whole().isEmpty()) {
        named.add(r.whole());
      }
      for (String ind : named) {
        if (index.indicator(ind).isEmpty()) {
          throw new IllegalArgumentException("finding rule " + r.id() + " names unknown indicator '" + ind + "'");
        }
      }
      List<String> lenses = r.lenses().isEmpty() ? themes.theme(r.theme()).orElseThrow().lenses() : r.lenses();
      Draft draft = new Draft(r, lenses);
      try {
        found.add(switch (r.kind()) {
          case PATH -> PathRule.apply(r, draft, index);
          case COMPARE -> CompareRule.apply(r, draft, index);
          case BREAKDOWN -> BreakdownRule.apply(r, draft, index);
          case PARTS -> PartsRule.apply(r, draft, index);
          case PROJECTION -> ProjectionRule.apply(r, draft, index, outlooks);
          case DISAGREEMENT -> DisagreementRule.apply(r, draft, index);
        });
      } catch (NoData e) {
        absent.add(new Absence(r.id(), r.theme(), e.getMessage()));
      }
    }
    return new Findings(found, absent);
  }
}
