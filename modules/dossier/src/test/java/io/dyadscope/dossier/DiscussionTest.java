package io.dyadscope.dossier;

import static io.dyadscope.dossier.findings.StandardRecommendationsTest.INCIDENTS_FALLING;
import static io.dyadscope.dossier.findings.StandardRecommendationsTest.TRADE_BACK_AT_ITS_PEAK;
import static io.dyadscope.dossier.findings.StandardRecommendationsTest.TRADE_FALLEN_FROM_ITS_PEAK;
import static io.dyadscope.dossier.findings.StandardRecommendationsTest.yearly;
import static io.dyadscope.testdata.Synthetic.fact;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.dossier.findings.Evidence;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.FindingEngine;
import io.dyadscope.dossier.findings.FindingRules;
import io.dyadscope.dossier.findings.FindingTerms;
import io.dyadscope.dossier.findings.Findings;
import io.dyadscope.dossier.findings.MetricPhrases;
import io.dyadscope.dossier.findings.ThemeCatalogue;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.testdata.Synthetic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each lens's observable implications checked against observed findings (synthetic fixtures):
 * consistent, inconsistent or cannot tell, never on a published projection.
 */
class DiscussionTest {

  /** The implication of {@code lens} whose text starts with {@code start}, as the dossier words it. */
  static String implication(List<Observation> observations, String lens, String start) {
    Evidence evidence = new Evidence(Dyad.parse("PAK-AFG"), Gazetteer.standard(), IndicatorCatalogue.standard(),
        Synthetic.sources(), observations);
    EvidenceIndex idx = new EvidenceIndex(evidence);
    Findings findings = new FindingEngine(ThemeCatalogue.standard(), FindingRules.standard(), Forecaster.standard())
        .run(idx);
    FindingTerms terms = new FindingTerms(FindingRules.standard(), idx, MetricPhrases.standard());
    return Discussion.of(ThemeCatalogue.standard(), findings, terms).stream().filter(l -> l.id().equals(lens))
        .flatMap(l -> l.expectations().stream()).filter(e -> e.startsWith("It expects " + start)).findFirst()
        .orElseThrow();
  }

  @Test
  void tradeRisingBeyondItsNoiseIsConsistentWithLiberalism() {
    assertThat(implication(TRADE_BACK_AT_ITS_PEAK, "liberalism", "trade to rise"))
        .contains(". Consistent: the average yearly change of total bilateral trade between Pakistan and"
            + " Afghanistan lies ");
  }

  @Test
  void tradeFallingBeyondItsNoiseIsInconsistentWithLiberalism() {
    assertThat(implication(TRADE_FALLEN_FROM_ITS_PEAK, "liberalism", "trade to rise"))
        .contains(". Inconsistent: the average yearly change of total bilateral trade between Pakistan and"
            + " Afghanistan lies -");
  }

  @Test
  void threePointsCannotTellWhetherTradeRises() {
    assertThat(implication(yearly("trade.total", "PAK-AFG", 2019, "USD million", 1700, 1200, 1900), "liberalism",
        "trade to rise")).endsWith(". Cannot tell: total bilateral trade between Pakistan and Afghanistan rests on 3"
            + " points, fewer than the 5 this test needs (threshold: at least 2.0) (Test Statistics Office 2021).");
  }

  @Test
  void incidentsFallingBeyondTheirNoiseAreInconsistentWithRealismsPersistentViolence() {
    assertThat(implication(INCIDENTS_FALLING, "realism", "violence along the border to persist"))
        .contains(". Inconsistent: ");
  }

  @Test
  void aNegativeViewMovingThirtyPointsInTwoYearsIsInconsistentWithSlowChange() {
    assertThat(implication(List.of(fact("opinion.negative", "PAK", 2021, 40, "percent", "survey-2021"),
        fact("opinion.negative", "PAK", 2023, 70, "percent", "survey-2021")), "constructivism", "such views"))
        .contains(". Inconsistent: respondents with a negative view of bilateral relations in Pakistan changed by"
            + " 15% a year");
  }

  @Test
  void aNegativeViewMovingTwoPointsInTwoYearsIsConsistentWithSlowChange() {
    assertThat(implication(List.of(fact("opinion.negative", "PAK", 2021, 60, "percent", "survey-2021"),
        fact("opinion.negative", "PAK", 2023, 62, "percent", "survey-2021")), "constructivism", "such views"))
        .contains(". Consistent: ");
  }

  @Test
  void aPublishedProjectionIsNeverEvidence() {
    assertThat(implication(List.of(
        Synthetic.projection("opinion.support_counterterrorism", "PAK", 2024, 60, "percent", "Table 5"),
        Synthetic.projection("opinion.support_counterterrorism", "AFG", 2024, 70, "percent", "Table 5")),
        "realism", "each public to back")).contains(". Cannot tell: ")
        .contains("rests on published projections, which are not evidence");
  }
}
