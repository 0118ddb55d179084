package io.dyadscope.dossier.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.testdata.Synthetic;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecommenderTest {

  static final String RECOMMENDATIONS = """
      {"recommendations": [
        {"id": "rec.fires", "theme": "trade", "text": "Trade between {first} and {second} needs care.",
         "all": [{"finding": "t.path", "metric": "max_drop_pct", "op": ">=", "value": 10}],
         "rests_on": ["t.projection"]},
        {"id": "rec.fails", "theme": "perception", "text": "Win over the public.",
         "all": [{"finding": "o.compare", "metric": "min", "op": ">=", "value": 50}]},
        {"id": "rec.missing", "theme": "geopolitics", "text": "Fund {subjects:g.none}.",
         "any": [{"finding": "g.none", "metric": "latest", "op": ">", "value": 0}]},
        {"id": "rec.any", "theme": "refugees", "text": "Plan for {subjects:r.provinces}.",
         "any": [{"finding": "o.compare", "metric": "gap", "op": ">", "value": 20},
                 {"finding": "r.provinces", "metric": "share_sum", "op": "<", "value": 100}]}
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
  void firesWhenItsConditionsHoldAndNamesItsTrail() {
    Recommendation r = recs.get(0);
    assertThat(r.triggered()).isTrue();
    assertThat(r.text()).isEqualTo("Trade between Pakistan and Afghanistan needs care.");
    assertThat(r.why()).isEqualTo("Made because total bilateral trade between Pakistan and Afghanistan fell by as"
        + " much as 20% in one step (threshold: at least 10%) (Test Statistics Office 2021).");
    assertThat(r.trail()).extracting(Finding::id).containsExactly("t.path", "t.projection");
    assertThat(r.missing()).isEmpty();
  }

  @Test
  void isNotTriggeredWhenAConditionFailsAndSaysByHowMuch() {
    Recommendation r = recs.get(1);
    assertThat(r.triggered()).isFalse();
    assertThat(r.why()).isEqualTo("Not triggered: respondents with a negative view of bilateral relations: 40%"
        + " in the country with the lower figure, short of the threshold (at least 50%) (Test Survey 2021).");
    assertThat(r.trail()).extracting(Finding::id).containsExactly("o.compare");
  }

  @Test
  void isNotTriggeredWhenItsFindingIsMissingAndSaysWhy() {
    Recommendation r = recs.get(2);
    assertThat(r.triggered()).isFalse();
    assertThat(r.why()).isEqualTo("Not triggered: nothing is known of exports from Pakistan to Afghanistan"
        + " (no observed or reported values of trade.exports for PAK-AFG).");
    assertThat(r.missing()).containsExactly("g.none");
    assertThat(r.trail()).isEmpty();
    assertThat(r.text()).isEqualTo("Fund none recorded.");
  }

  @Test
  void anyNeedsOnlyOneConditionAndFillsInTheSubjectsOfAFinding() {
    Recommendation r = recs.get(3);
    assertThat(r.triggered()).isTrue();
    assertThat(r.why()).isEqualTo("Made because share of hosted refugees living in a province: 90% in all"
        + " (threshold: less than 100%) (Test Statistics Office 2021).");
    assertThat(r.text()).isEqualTo("Plan for Khyber Pakhtunkhwa, Balochistan and Sindh.");
  }

  @Test
  void theStandardSetHoldsTheSixRecommendationsOfTheStudy() {
    assertThat(RecommendationRules.standard().rules()).extracting(RecommendationRule::theme)
        .containsExactly("trade", "security", "refugees", "opportunities", "trust", "geopolitics");
  }
}
