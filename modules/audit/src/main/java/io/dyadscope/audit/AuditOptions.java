package io.dyadscope.audit;

import io.dyadscope.audit.check.CalculationRules;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.evidence.Subdivisions;
import io.dyadscope.audit.vocabulary.AuditPlaces;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.util.Objects;

/**
 * How to audit.
 *
 * @param tolerance relative slack added to the rounding interval when two figures are compared:
 *                  0 (the default) accepts exactly the values that round to what is written, 0.02
 *                  accepts 2% more either side
 * @param lexicon   phrases that name the catalogue's indicators
 * @param catalogue the indicators
 * @param gazetteer the countries
 * @param provinces the provinces and states
 * @param rules     the calculation rules tables are checked against
 */
public record AuditOptions(double tolerance, Lexicon lexicon, IndicatorCatalogue catalogue, Gazetteer gazetteer,
    Subdivisions provinces, CalculationRules rules) {

  // Checked when made, so a missing definition fails here by name. Alike with DossierOptions in form
  // only: the two hold different definitions in modules that do not depend on each other.
  public AuditOptions {
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be a fraction from 0 (inclusive) to 1: " + tolerance);
    }
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(provinces, "provinces");
    Objects.requireNonNull(rules, "rules");
  }

  /** The shipped lexicon, catalogue, gazetteer, provinces and rules; no tolerance beyond rounding. */
  public static AuditOptions defaults() {
    return new AuditOptions(0, Lexicon.standard(), IndicatorCatalogue.standard(), AuditPlaces.standard(),
        Subdivisions.standard(), CalculationRules.standard());
  }

  public AuditOptions withTolerance(double relative) {
    return new AuditOptions(relative, lexicon, catalogue, gazetteer, provinces, rules);
  }

  public AuditOptions withLexicon(Lexicon other) {
    return new AuditOptions(tolerance, other, catalogue, gazetteer, provinces, rules);
  }

  public AuditOptions withProvinces(Subdivisions other) {
    return new AuditOptions(tolerance, lexicon, catalogue, gazetteer, other, rules);
  }
}
