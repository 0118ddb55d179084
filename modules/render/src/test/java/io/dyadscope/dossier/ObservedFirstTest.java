package io.dyadscope.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.MethodBacktest;
import io.dyadscope.dossier.primary.ObservedSeries;
import io.dyadscope.render.dossier.HtmlRenderer;
import io.dyadscope.render.dossier.JsonRenderer;
import io.dyadscope.render.dossier.MarkdownRenderer;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * India-Pakistan with SYNTHETIC values (made up for this test): each country's statistics office
 * reports both trade flows for 2000-2019, a review passes on three figures. The dossier leads with the
 * observed series and checks the review's figures, for a pair other than the default one.
 */
class ObservedFirstTest {

  static Dossier dossier;
  static List<Observation> obs = new ArrayList<>();

  static Observation observed(String indicator, int year, double value, String source) {
    return new Observation(indicator, "IND-PAK", "IND-PAK", Period.ofYear(year), value, "USD million", Status.OBSERVED,
        source, "", "", "");
  }

  static Observation reported(String indicator, int year, double value, String location) {
    return new Observation(indicator, "IND-PAK", "IND-PAK", Period.ofYear(year), value, "USD million",
        Status.REPORTED, "syn-bank-2022", "syn-review-2023", location, "");
  }

  @BeforeAll
  static void build() {
    Map<String, Source> sources = Map.of(
        "syn-stats-IND", new Source("syn-stats-IND", "Synthetic statistics office of India, test data",
            "Synthetic Office IND", SourceKind.OFFICIAL, Grade.A, 2021, ""),
        "syn-stats-PAK", new Source("syn-stats-PAK", "Synthetic statistics office of Pakistan, test data",
            "Synthetic Office PAK", SourceKind.OFFICIAL, Grade.A, 2021, ""),
        "syn-bank-2022", new Source("syn-bank-2022", "Synthetic bank, test data", "Synthetic Bank", SourceKind.OFFICIAL,
            Grade.B, 2022, ""),
        "syn-review-2023", new Source("syn-review-2023", "Synthetic review, test data", "Synthetic Review",
            SourceKind.SCHOLARLY, Grade.C, 2023, ""));
    for (int i = 0; i < 20; i++) {
      int year = 2000 + i;
      // India's exports (FOB) and Pakistan's record of them (CIF, 5% more); Pakistan's exports to India
      // recorded by Pakistan at half what India records receiving: a gap valuation cannot explain
      obs.add(observed("trade.exports", year, 100 + 10 * i, "syn-stats-IND"));
      obs.add(observed("trade.exports", year, (100 + 10 * i) * 1.05, "syn-stats-PAK"));
      obs.add(observed("trade.imports", year, 50 + 2 * i, "syn-stats-IND"));
      obs.add(observed("trade.imports", year, (50 + 2 * i) / 2.0, "syn-stats-PAK"));
    }
    // 2019: India's report gives 290 + 88 = 378, Pakistan's 304.5 + 44 = 348.5 (printed 348, rounded half to even);
    // 2018: 280 + 86 = 366 and 294 + 43 = 337
    obs.add(reported("trade.total", 2019, 400, "Introduction"));
    obs.add(reported("trade.total", 2019, 400, "Conclusion"));
    obs.add(reported("trade.total", 2018, 500, "Introduction"));
    obs.add(reported("trade.total", 2021, 450, "Introduction"));
    StudyData data = new StudyData(Dyad.parse("IND-PAK"), Gazetteer.standard(), IndicatorCatalogue.standard(), sources,
        obs);
    dossier = DossierBuilder.build(data, DossierOptions.standard().withTarget(Period.ofYear(2022)));
  }

  private static ThemeSection theme(String id) {
    return dossier.themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theSummaryStartsWithWhatWasObserved() {
    assertThat(dossier.summary().get(0)).isEqualTo("First-hand, the workspace holds 80 observed values for India and"
        + " Pakistan in 4 yearly series from 2 sources: trade and economic cooperation from Synthetic Office IND 2021"
        + " [syn-stats-IND] and Synthetic Office PAK 2021 [syn-stats-PAK] (2000 to 2019).");
    assertThat(dossier.summary().get(1)).isEqualTo("Of the 3 reported figures the documents give, 1 agrees with"
        + " the observed data within 10%, 1 differs and 1 cannot be checked; each is listed with the observed value"
        + " and the difference.");
  }

  @Test
  void theTradeThemeListsEachReportersSeriesAndTheMirrorGap() {
    List<String> lines = theme("trade").observed();
    assertThat(lines.get(0)).isEqualTo("Exports from India to Pakistan, as Synthetic Office IND 2021 [syn-stats-IND]"
        + " records it: 20 yearly values from 2000 to 2019; latest USD 290 million (2019), lowest USD 100 million"
        + " (2000), highest USD 290 million (2019).");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Mirror gap, India to Pakistan: 20 years with both the"
        + " exporter's (FOB) and the importer's (CIF) report; in 0 of them the gap is beyond 20% after the 5% CIF/FOB"
        + " allowance."));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Mirror gap, Pakistan to India: 20 years with both the"
        + " exporter's (FOB) and the importer's (CIF) report; in 20 of them the gap is beyond 20% after the 5% CIF/FOB"
        + " allowance."));
    assertThat(theme("refugees").observed()).containsExactly("No observed series for this theme: the figures below"
        + " were passed on by documents or are published projections.");
  }

  @Test
  void eachPassedOnFigureIsCheckedAgainstBothReports() {
    List<List<String>> rows = dossier.primary().checks().get(0).rows();
    assertThat(rows).containsExactly(
        List.of("Total bilateral trade between India and Pakistan", "2018", "USD 500 million",
            "syn-bank-2022 in syn-review-2023", "Introduction",
            "USD 366 million [syn-stats-IND]; USD 337 million [syn-stats-PAK]",
            "+134 (+37%) [syn-stats-IND]; +163 (+48%) [syn-stats-PAK]", "differs"),
        List.of("Total bilateral trade between India and Pakistan", "2019", "USD 400 million",
            "syn-bank-2022 in syn-review-2023", "Conclusion; Introduction (2 mentions)",
            "USD 378 million [syn-stats-IND]; USD 348 million [syn-stats-PAK]",
            "+22 (+5.8%) [syn-stats-IND]; +52 (+15%) [syn-stats-PAK]", "agrees"),
        List.of("Total bilateral trade between India and Pakistan", "2021", "USD 450 million",
            "syn-bank-2022 in syn-review-2023", "Introduction",
            "no observed value for the year (observed: [syn-stats-IND] 2000 to 2019; [syn-stats-PAK] 2000 to 2019)",
            "", "cannot be checked"));
  }

  @Test
  void aFigureStatedTwiceIsCountedOnce() {
    assertThat(dossier.data().observations()).isEqualTo(83);
    assertThat(dossier.data().mentions()).isEqualTo(84);
  }

  @Test
  void theForecastTableShowsEachMethodsErrorTheNaiveBaselineAndTheBacktestCoverage() {
    GridTable t = dossier.primary().forecasts().get(0);
    assertThat(t.rows()).hasSize(4);
    List<String> row = t.rows().get(0);
    ObservedSeries s = ObservedSeries.of(obs).get(0);
    List<MethodBacktest> runs = Forecaster.standard().backtest(s.toSeries());
    MethodBacktest chosen = runs.stream().filter(r -> r.method().equals(row.get(7))).findFirst().orElseThrow();
    assertThat(row.subList(0, 4)).containsExactly("syn-stats-IND", "Exports from India to Pakistan",
        "2019 (20 points)", "3");
    assertThat(row.get(8)).startsWith("last value ");
    // last value on a line rising 10 a year, up to 3 steps from origins 3 to 19: 15 x (10 + 20 + 30) + 30 + 10
    // over 48 forecasts
    assertThat(row.get(9)).isEqualTo("USD 19.58 million");
    assertThat(row.get(10)).isEqualTo(chosen.held80() + " of " + chosen.judged() + " ("
        + io.dyadscope.evidence.text.Figures.percent(100.0 * chosen.held80() / chosen.judged()) + ")");
    assertThat(dossier.primary().horizons()).containsExactly("2022 is three steps ahead of the last observation,"
        + " 2019: exports from India to Pakistan [syn-stats-IND]; exports from India to Pakistan [syn-stats-PAK];"
        + " imports of India from Pakistan [syn-stats-IND]; imports of India from Pakistan [syn-stats-PAK].");
  }

  @Test
  void everyFormatPrintsTheObservedSeriesFirstAndTheCheckedSection() throws Exception {
    String html = new HtmlRenderer().render(dossier).mainText();
    assertThat(html).contains("<h2>4. Reported figures checked</h2>", "Right: Synthetic Review 2023 gives total");
    int mirror = html.indexOf("Mirror gap, India to Pakistan");
    assertThat(mirror).isPositive().isLessThan(html.indexOf("From the documents", mirror))
        .isLessThan(html.indexOf("id=\"f-trade.total-path\""));
    String md = new MarkdownRenderer().render(dossier).mainText();
    assertThat(md).contains("## 4. Reported figures checked", "### Forecasts of the observed series for 2022",
        "- Wrong: Synthetic Review 2023 gives total bilateral trade between India and Pakistan of USD 500 million");
    String json = new JsonRenderer().render(dossier).mainText();
    assertThat(json).contains("\"checked\" : {", "\"observed\" : [", "\"Exports from India to Pakistan, as Synthetic Office IND 2021");
  }

  @Test
  void withNothingObservedTheSummarySaysSoOnceAndTheThemesSayNothingOfIt() {
    List<Observation> secondHand = obs.stream().filter(o -> o.status() == Status.REPORTED).toList();
    Dossier d = DossierBuilder.build(new StudyData(Dyad.parse("IND-PAK"), Gazetteer.standard(),
        IndicatorCatalogue.standard(), Map.of(), secondHand), DossierOptions.standard());
    assertThat(d.summary().get(0)).isEqualTo("The workspace holds no first-hand observed values for India and Pakistan:"
        + " every figure below was passed on by a document or is a published projection, so none of the 3 reported"
        + " figures can be checked against data here.");
    assertThat(d.themes()).allSatisfy(t -> assertThat(t.observed()).isEmpty());
    assertThat(d.primary().forecasts()).isEmpty();
    assertThat(d.primary().checks().get(0).rows()).allSatisfy(r -> assertThat(r.get(7)).isEqualTo("cannot be checked"));
  }
}
