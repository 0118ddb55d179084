package io.dyadscope.dossier.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.testdata.Synthetic;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a recommendation rule is decided: supported, not supported or undecided, each with its numbers. */
class RecommenderTest {

  static final String RECOMMENDATIONS = """
      {"recommendations": [
        {"id": "rec.fires", "theme": "trade", "text": "Trade between {first} and {second} needs care.",
         "evidence": "a fall of 10% or more", "refuted_by": "no such fall",
         "all": [{"finding": "t.path", "metric": "max_drop_pct", "op": ">=", "value": 10}],
         "rests_on": ["t.projection"]},
        {"id": "rec.fails", "theme": "perception", "text": "Win over the public.",
         "evidence": "a majority negative", "refuted_by": "a minority negative",
         "all": [{"finding": "o.compare", "metric": "min", "op": ">=", "value": 50}]},
        {"id": "rec.missing", "theme": "geopolitics", "text": "Fund {subjects:g.none}.",
         "evidence": "exports", "refuted_by": "no exports",
         "any": [{"finding": "g.none", "metric": "latest", "op": ">", "value": 0}]},
        {"id": "rec.any", "theme": "refugees", "text": "Plan for {subjects:r.provinces}.",
         "evidence": "a gap or shares short of the whole", "refuted_by": "neither",
         "any": [{"finding": "o.compare", "metric": "gap", "op": ">", "value": 20},
                 {"finding": "r.provinces", "metric": "share_sum", "op": "<", "value": 100}]},
        {"id": "rec.noise", "theme": "trade", "text": "Trade is held back.",
         "evidence": "trade below its peak by more than its noise", "refuted_by": "trade at its peak",
         "all": [{"finding": "t.path", "metric": "below_peak_pct", "op": ">", "value": 1,
                  "reference": {"metric": "noise_pct"}}]},
        {"id": "rec.trend", "theme": "trade", "text": "Trade is rising.",
         "evidence": "a trend beyond noise", "refuted_by": "no trend beyond noise",
         "all": [{"finding": "t.path", "metric": "trend_t", "op": ">=", "value": 2}]}
      ]}
      """;

  static List<Recommendation> recs;

  @BeforeAll
  static void evaluate() throws Exception {
    FindingRules rules = FindingRules.read(new StringReader(Synthetic.RULES));
    Findings findings = new FindingEngine(ThemeCatalogue.standard(), rules, Forecaster.standard())
        .run(Synthetic.evidence());
    recs = new Recommender(RecommendationRules.read(new StringReader(RECOMMENDATIONS)))
        .evaluate(findings, Synthetic.evidence().names(),
            new FindingTerms(rules, new EvidenceIndex(Synthetic.evidence()), MetricPhrases.standard()));
  }

  @Test
  void isSupportedWhenItsConditionsHoldAndNamesItsTrail() {
    Recommendation r = recs.get(0);
    assertThat(r.status()).isEqualTo(Recommendation.Status.SUPPORTED);
    assertThat(r.text()).isEqualTo("Trade between Pakistan and Afghanistan needs care.");
    assertThat(r.why()).isEqualTo("Supported: total bilateral trade between Pakistan and Afghanistan fell by as"
        + " much as 20% in one step (threshold: at least 10%) (Test Statistics Office 2021).");
    assertThat(r.evidence()).isEqualTo("a fall of 10% or more");
    assertThat(r.refutedBy()).isEqualTo("no such fall");
    assertThat(r.trail()).extracting(Finding::id).containsExactly("t.path", "t.projection");
    assertThat(r.missing()).isEmpty();
  }

  @Test
  void isNotSupportedWhenAConditionFailsAndSaysByHowMuch() {
    Recommendation r = recs.get(1);
    assertThat(r.status()).isEqualTo(Recommendation.Status.NOT_SUPPORTED);
    assertThat(r.why()).isEqualTo("Not supported: respondents with a negative view of bilateral relations: 40%"
        + " in the country with the lower figure, against the threshold of at least 50% (Test Survey 2021).");
    assertThat(r.trail()).extracting(Finding::id).containsExactly("o.compare");
  }

  @Test
  void isUndecidedWhenItsFindingIsMissingAndSaysWhy() {
    Recommendation r = recs.get(2);
    assertThat(r.status()).isEqualTo(Recommendation.Status.UNDECIDED);
    assertThat(r.why()).isEqualTo("Undecided: nothing is known of exports from Pakistan to Afghanistan"
        + " (no observed or reported values of trade.exports for PAK-AFG).");
    assertThat(r.missing()).containsExactly("g.none");
    assertThat(r.text()).isEqualTo("Fund none recorded.");
  }

  @Test
  void anyNeedsOnlyOneConditionAndFillsInTheSubjectsOfAFinding() {
    Recommendation r = recs.get(3);
    assertThat(r.status()).isEqualTo(Recommendation.Status.SUPPORTED);
    assertThat(r.why()).isEqualTo("Supported: share of hosted refugees living in a province: 90% in all"
        + " (threshold: less than 100%) (Test Statistics Office 2021).");
    assertThat(r.text()).isEqualTo("Plan for Khyber Pakhtunkhwa, Balochistan and Sindh.");
  }

  @Test
  void aThresholdMeasuredAgainstTheSeriesOwnNoiseFailsWhenTheLatestValueIsThePeak() {
    // 100 -> 80 -> 120: the latest is the peak (0% below it); yearly rates -20% and +50% scatter by 49.5% (sample standard deviation)
    Recommendation r = recs.get(4);
    assertThat(r.status()).isEqualTo(Recommendation.Status.NOT_SUPPORTED);
    assertThat(r.why()).isEqualTo("Not supported: total bilateral trade between Pakistan and Afghanistan stood 0%"
        + " below its peak at the latest count, against the threshold of more than the year-to-year noise of total"
        + " bilateral trade between Pakistan and Afghanistan (49%) (Test Statistics Office 2021).");
  }

  @Test
  void aTrendTestOnThreePointsIsUndecided() {
    Recommendation r = recs.get(5);
    assertThat(r.status()).isEqualTo(Recommendation.Status.UNDECIDED);
    assertThat(r.why()).isEqualTo("Undecided: the 3 points of total bilateral trade between Pakistan and"
        + " Afghanistan cannot measure the average yearly change of total bilateral trade between Pakistan and"
        + " Afghanistan in standard errors (threshold: at least 2.0) (Test Statistics Office 2021).");
  }

  @Test
  void aRuleWithoutItsRefutationIsRejectedWhenLoaded() {
    assertThatThrownBy(() -> RecommendationRules.read(new StringReader("""
        {"recommendations": [{"id": "rec.x", "theme": "trade", "text": "Do it.", "evidence": "a rise",
         "all": [{"finding": "t.path", "metric": "latest", "op": ">", "value": 0}]}]}
        """))).hasMessageContaining("recommendation 1 (rec.x)").hasMessageContaining("'refuted_by'");
  }

  @Test
  void aReferenceThatIsNotAnObjectIsRejectedWhenLoaded() {
    assertThatThrownBy(() -> RecommendationRules.read(new StringReader("""
        {"recommendations": [{"id": "rec.x", "theme": "trade", "text": "Do it.", "evidence": "a", "refuted_by": "b",
         "all": [{"finding": "t.path", "metric": "latest", "op": ">", "value": 1, "reference": "noise_pct"}]}]}
        """))).hasMessageContaining("recommendation 1 (rec.x)").hasMessageContaining("'reference' must be an object");
  }

  @Test
  void theStandardSetHoldsTheSixRecommendationsOfTheStudy() {
    assertThat(RecommendationRules.standard().rules()).extracting(RecommendationRule::theme)
        .containsExactly("trade", "security", "refugees", "opportunities", "trust", "geopolitics");
  }
}
