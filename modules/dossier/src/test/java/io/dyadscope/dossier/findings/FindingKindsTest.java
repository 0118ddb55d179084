package io.dyadscope.dossier.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.NoForecast;
import io.dyadscope.analysis.Series;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.testdata.Synthetic;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule kind on the hand-made data of {@link Synthetic}; expected values worked out by hand. */
class FindingKindsTest {

  static Findings findings;

  @BeforeAll
  static void run() throws Exception {
    FindingRules rules = FindingRules.read(new StringReader(Synthetic.RULES));
    findings = new FindingEngine(ThemeCatalogue.standard(), rules, Forecaster.standard()).run(Synthetic.evidence());
  }

  private static Finding finding(String id) {
    return findings.find(id).orElseThrow(() -> new AssertionError("no finding " + id + "; absences "
        + findings.absences()));
  }

  private static String id(String indicator, String subject, int year, String source) {
    return Synthetic.observations().stream()
        .filter(o -> o.indicator().equals(indicator) && o.subject().equals(subject) && o.period().year() == year
            && o.source().equals(source))
        .findFirst().map(Observation::id).orElseThrow();
  }

  @Test
  void pathTellsEachStepWithItsPercentAndCitesTheAgreeingSources() {
    Finding f = finding("t.path");
    assertThat(f.sentence()).isEqualTo("Total bilateral trade between Pakistan and Afghanistan fell 20% from"
        + " USD 100 million in 2018 to USD 80 million in 2019, then rose 50% to USD 120 million in 2020"
        + " (Test Statistics Office 2021).");
    // 100 -> 80 -> 120: -20%, +50%, +20% overall; compound rate sqrt(1.2) - 1 over two years
    assertThat(f.metrics()).containsEntry("points", 3.0).containsEntry("first", 100.0)
        .containsEntry("latest", 120.0).containsEntry("max_drop_pct", 20.0).containsEntry("max_rise_pct", 50.0)
        .containsEntry("last_change_pct", 50.0);
    assertThat(f.metric("total_change_pct")).isCloseTo(20.0, within(1e-9));
    assertThat(f.metric("annual_rate_pct")).isCloseTo(9.5445115, within(1e-6));
    // the newswire's 95 for 2019 disagrees with the statistics office's 80 and is not cited
    assertThat(f.observationIds()).containsExactly(id("trade.total", "PAK-AFG", 2018, "stats-2021"),
        id("trade.total", "PAK-AFG", 2019, "stats-2021"), id("trade.total", "PAK-AFG", 2020, "stats-2021"));
    assertThat(f.sourceIds()).containsExactly("stats-2021");
    assertThat(f.lenses()).containsExactly("liberalism", "realism");
  }

  @Test
  void compareUsesTheLatestPeriodBothCountriesHave() {
    Finding f = finding("o.compare");
    assertThat(f.sentence()).isEqualTo("Respondents with a negative view of bilateral relations: 40% in Pakistan"
        + " and 55% in Afghanistan in 2021, 15 percentage points higher in Afghanistan (Test Survey 2021).");
    assertThat(f.metrics()).containsEntry("first", 40.0).containsEntry("second", 55.0).containsEntry("gap", 15.0)
        .containsEntry("gap_pct", 37.5).containsEntry("min", 40.0).containsEntry("max", 55.0)
        .containsEntry("projected", 0.0);
  }

  @Test
  void breakdownListsProvincesLargestFirstWithTheSumOfShares() {
    Finding f = finding("r.provinces");
    assertThat(f.sentence()).isEqualTo("Share of hosted refugees living in a province in 2021: Khyber Pakhtunkhwa"
        + " 50%, Balochistan 30% and Sindh 10%, together 90% (Test Statistics Office 2021).");
    assertThat(f.metrics()).containsEntry("subjects", 3.0).containsEntry("total", 90.0)
        .containsEntry("share_sum", 90.0);
    assertThat(f.metric("top_share_pct")).isCloseTo(50.0 / 90 * 100, within(1e-9));
    assertThat(f.subjects()).containsExactly("PK-KP", "PK-BA", "PK-SD");
  }

  @Test
  void partsSayWhenTheyDoNotAddUpToTheWhole() {
    Finding f = finding("s.types");
    // 60 + 30 = 90 against 105: apart by more than the half unit (5) of 90
    assertThat(f.sentence()).isEqualTo("Of 105 security incidents reported between Pakistan and Afghanistan in 2021,"
        + " cross-border attacks made up 60 (57%) and militant activities 30 (29%); the parts add up to 90, not 105"
        + " (Test Conflict Monitor 2021).");
    assertThat(f.metrics()).containsEntry("whole", 105.0).containsEntry("parts_sum", 90.0)
        .containsEntry("parts_gap", 15.0);
    assertThat(f.metric("share_cross_border")).isCloseTo(60.0 / 105 * 100, within(1e-9));
    assertThat(f.metric("share_militant")).isCloseTo(30.0 / 105 * 100, within(1e-9));
  }

  @Test
  void projectionStandsBesideTheForecastWithItsIntervals() {
    Finding f = finding("t.projection");
    // random walk on 100, 80, 120: sigma^2 = (20^2 + 40^2) / 2 = 1000, two years ahead: spread sqrt(2000);
    // Student t with 2 degrees of freedom: 1.885618 (90%), 4.302653 (97.5%)
    double spread = Math.sqrt(2000);
    double lo80 = 120 - 1.885618083 * spread;
    double hi80 = 120 + 1.885618083 * spread;
    double hi95 = 120 + 4.302652730 * spread;
    assertThat(f.sentence()).isEqualTo("A published projection puts total bilateral trade between Pakistan and"
        + " Afghanistan at USD 150 million in 2022 (Test Outlook 2021), a rise of 25% on USD 120 million in 2020"
        + " (Test Statistics Office 2021); Dyadscope's own forecast from 3 observed points is USD 120 million"
        + " (80% interval USD 36–204 million, 95% interval USD 0–312 million; last value, low confidence), too"
        + " uncertain to judge the published figure: made from 3 points, fewer than the 5 a backtest needs.");
    assertThat(f.metrics()).containsEntry("published", 150.0).containsEntry("last_fact", 120.0)
        .containsEntry("published_change_pct", 25.0).containsEntry("forecast", 120.0)
        .containsEntry("difference", 30.0).containsEntry("difference_pct", 25.0).containsEntry("too_uncertain", 1.0)
        .containsEntry("lo95", 0.0).doesNotContainKeys("within80", "within95");
    assertThat(f.metric("lo80")).isCloseTo(lo80, within(1e-4));
    assertThat(f.metric("hi80")).isCloseTo(hi80, within(1e-4));
    assertThat(f.metric("hi95")).isCloseTo(hi95, within(1e-4));
  }

  @Test
  void projectionWithoutEnoughFactsSaysWhyThereIsNoForecast() {
    Finding f = finding("r.projection");
    String reason = ((NoForecast) Forecaster.standard().forecast(new Series("refugees.registered", "PAK",
        List.of(new io.dyadscope.analysis.Point(Period.ofYear(2021), 500000, List.of("x"), List.of("y")))),
        Period.ofYear(2022), 0, Double.POSITIVE_INFINITY)).reason();
    assertThat(f.sentence()).isEqualTo("A published projection puts registered refugees from Afghanistan hosted by"
        + " Pakistan at 480,000 in 2022 (Test Outlook 2021), a fall of 4% on 500,000 in 2021 (Test Statistics Office"
        + " 2021); Dyadscope makes no forecast of its own: " + reason + ".");
    assertThat(f.metrics()).containsOnlyKeys("published", "last_fact", "published_change_pct");
    assertThat(f.metric("published_change_pct")).isCloseTo(-4.0, within(1e-9));
  }

  @Test
  void disagreementListsFiguresWidestGapFirstIncludingOneOffEstimatesAcrossPeriods() {
    Finding f = finding("d.all");
    assertThat(f.sentence()).isEqualTo("2 figures of 2 stated more than once have values that do not agree:"
        + " Estimated investment in a connectivity initiative for CPEC: USD 12 billion in 2020 (Test Statistics Office"
        + " 2021) against USD 15 billion expected, as stated in 2021 (Test Outlook 2021, Table 2); Total bilateral trade between"
        + " Pakistan and Afghanistan in 2019: USD 80 million (Test Statistics Office 2021) against USD 95 million"
        + " (Test Newswire 2021).");
    // CPEC: 3 / 12 = 25%; trade: 15 / 80 = 18.75%
    assertThat(f.metrics()).isEqualTo(Map.of("count", 2.0, "checked", 2.0, "max_gap_pct", 25.0, "sources", 3.0));
  }

  @Test
  void aRuleWithoutDataMakesNoSentenceButSaysWhatIsMissing() {
    assertThat(findings.find("g.none")).isEmpty();
    assertThat(findings.absence("g.none")).contains(new Absence("g.none", "geopolitics",
        "no observed or reported values of trade.exports for PAK-AFG"));
  }
}
