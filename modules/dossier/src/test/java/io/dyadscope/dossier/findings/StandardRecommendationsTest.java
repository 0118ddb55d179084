package io.dyadscope.dossier.findings;

import static io.dyadscope.testdata.Synthetic.fact;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.testdata.Synthetic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped recommendation rule has a failing side: for each, a realistic fixture (synthetic,
 * at the scale of the default dyad's series) on which it is supported and one on which it is not.
 */
public class StandardRecommendationsTest {

  /** Yearly values of {@code indicator} for {@code subject} from {@code from}, from the statistics office. */
  public static List<Observation> yearly(String indicator, String subject, int from, String unit, double... values) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(fact(indicator, subject, from + i, values[i], unit, "stats-2021"));
    }
    return out;
  }

  @SafeVarargs
  static List<Observation> all(List<Observation>... parts) {
    return Stream.of(parts).flatMap(List::stream).toList();
  }

  public static final List<Observation> TRADE_FALLEN_FROM_ITS_PEAK = yearly("trade.total", "PAK-AFG", 2011, "USD million",
      2500, 2400, 2300, 2100, 1850, 1500, 1450, 1300, 1150, 1200);
  public static final List<Observation> TRADE_BACK_AT_ITS_PEAK = yearly("trade.total", "PAK-AFG", 2011, "USD million",
      1200, 1150, 1300, 1450, 1500, 1850, 2100, 2300, 2400, 2500);
  public static final List<Observation> PUBLICS_WANT_MORE_TRADE = List.of(
      fact("opinion.support_trade", "PAK", 2021, 70, "percent", "survey-2021"),
      fact("opinion.support_trade", "AFG", 2021, 65, "percent", "survey-2021"));
  public static final List<Observation> INCIDENTS_RISING = yearly("security.incidents.total", "PAK-AFG", 2014, "count",
      150, 170, 160, 190, 210, 200, 240, 260, 250, 290);
  public static final List<Observation> INCIDENTS_FALLING = yearly("security.incidents.total", "PAK-AFG", 2014, "count",
      290, 260, 270, 230, 220, 200, 210, 180, 170, 160);
  public static final List<Observation> REFUGEES_PROTRACTED_AND_STEADY = yearly("refugees.registered", "PAK", 2016, "count",
      1_350_000, 1_390_000, 1_400_000, 1_420_000, 1_410_000, 1_430_000, 1_440_000, 1_420_000);
  public static final List<Observation> REFUGEES_FALLEN_BELOW_25000 = yearly("refugees.registered", "PAK", 2016, "count",
      60_000, 50_000, 40_000, 35_000, 30_000, 28_000, 26_000, 24_000);
  public static final List<Observation> REFUGEES_PROTRACTED_BUT_RETURNING = yearly("refugees.registered", "PAK", 2016,
      "count", 1_500_000, 1_400_000, 1_320_000, 1_230_000, 1_150_000, 1_060_000, 980_000, 900_000);
  public static final List<Observation> ONE_PROJECT = List.of(
      fact("connectivity.investment", "CPEC", 2020, 62, "USD billion", "stats-2021"));
  public static final List<Observation> BOTH_PUBLICS_NEGATIVE = List.of(
      fact("opinion.negative", "PAK", 2023, 60, "percent", "survey-2021"),
      fact("opinion.negative", "AFG", 2023, 70, "percent", "survey-2021"));
  public static final List<Observation> ONE_PUBLIC_NOT_NEGATIVE = List.of(
      fact("opinion.negative", "PAK", 2023, 45, "percent", "survey-2021"),
      fact("opinion.negative", "AFG", 2023, 70, "percent", "survey-2021"));

  /** For each rule: the evidence on which it is supported. */
  static final Map<String, List<Observation>> SUPPORTING = Map.of(
      "rec.trade", all(TRADE_FALLEN_FROM_ITS_PEAK, PUBLICS_WANT_MORE_TRADE),
      "rec.counterterrorism", INCIDENTS_RISING,
      "rec.refugees", REFUGEES_PROTRACTED_AND_STEADY,
      "rec.connectivity", all(ONE_PROJECT, INCIDENTS_RISING),
      "rec.confidence-building", BOTH_PUBLICS_NEGATIVE,
      "rec.stakeholders", REFUGEES_PROTRACTED_AND_STEADY);

  /** For each rule: realistic evidence on which it is not supported. */
  static final Map<String, List<Observation>> REFUTING = Map.of(
      "rec.trade", all(TRADE_BACK_AT_ITS_PEAK, PUBLICS_WANT_MORE_TRADE),
      "rec.counterterrorism", INCIDENTS_FALLING,
      "rec.refugees", REFUGEES_FALLEN_BELOW_25000,
      "rec.connectivity", all(ONE_PROJECT, INCIDENTS_FALLING),
      "rec.confidence-building", ONE_PUBLIC_NOT_NEGATIVE,
      "rec.stakeholders", REFUGEES_PROTRACTED_BUT_RETURNING);

  static Recommendation evaluate(String id, List<Observation> observations) {
    Evidence evidence = new Evidence(Dyad.parse("PAK-AFG"), Gazetteer.standard(), IndicatorCatalogue.standard(),
        Synthetic.sources(), observations);
    EvidenceIndex idx = new EvidenceIndex(evidence);
    Findings findings = new FindingEngine(ThemeCatalogue.standard(), FindingRules.standard(), Forecaster.standard())
        .run(idx);
    FindingTerms terms = new FindingTerms(FindingRules.standard(), idx, MetricPhrases.standard());
    return new Recommender(RecommendationRules.standard()).evaluate(findings, evidence.names(), terms).stream()
        .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  static Stream<String> rules() {
    return RecommendationRules.standard().rules().stream().map(RecommendationRule::id);
  }

  @Test
  void everyShippedRuleHasAFixtureForEachSide() {
    assertThat(SUPPORTING.keySet()).containsExactlyInAnyOrderElementsOf(rules().toList());
    assertThat(REFUTING.keySet()).containsExactlyInAnyOrderElementsOf(rules().toList());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void isSupportedWhereItsEvidenceHolds(String id) {
    Recommendation r = evaluate(id, SUPPORTING.get(id));
    assertThat(r.status()).as(r.why()).isEqualTo(Recommendation.Status.SUPPORTED);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void isNotSupportedWhereTheEvidenceRefutesIt(String id) {
    Recommendation r = evaluate(id, REFUTING.get(id));
    assertThat(r.status()).as(r.why()).isEqualTo(Recommendation.Status.NOT_SUPPORTED);
  }

  @Test
  void tradeBelowItsPeakByLessThanItsNoiseIsNotSupported() {
    // 10 yearly values swinging by about 20% a year; the latest 5% below the peak: within the noise
    Recommendation r = evaluate("rec.trade", all(yearly("trade.total", "PAK-AFG", 2011, "USD million",
        1500, 1900, 1450, 1850, 1400, 2000, 1500, 1950, 1550, 1900), PUBLICS_WANT_MORE_TRADE));
    assertThat(r.status()).isEqualTo(Recommendation.Status.NOT_SUPPORTED);
    assertThat(r.why()).startsWith("Not supported: total bilateral trade between Pakistan and Afghanistan stood 5%"
        + " below its peak at the latest count, against the threshold of more than the year-to-year noise");
  }

  @Test
  void aSurveyKnownOnlyAsAPublishedProjectionDecidesNothing() {
    Recommendation r = evaluate("rec.confidence-building", List.of(
        Synthetic.projection("opinion.negative", "PAK", 2024, 60, "percent", "Table 5"),
        Synthetic.projection("opinion.negative", "AFG", 2024, 70, "percent", "Table 5")));
    assertThat(r.status()).isEqualTo(Recommendation.Status.UNDECIDED);
  }
}
