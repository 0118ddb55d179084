package io.dyadscope.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.render.dossier.DossierRenderer;
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
 * India-Pakistan with SYNTHETIC values (made up for this test, not real statistics): the shipped
 * rules, tables and charts work for another pair without any change.
 */
class OtherDyadTest {

  static Dossier dossier;

  static Observation obs(String indicator, String subject, int year, double value, String unit, String source) {
    return new Observation(indicator, "IND-PAK", subject, Period.ofYear(year), value, unit, Status.OBSERVED, source,
        "", "", "");
  }

  @BeforeAll
  static void build() {
    Map<String, Source> sources = Map.of(
        "syn-trade-2024", new Source("syn-trade-2024", "Synthetic Trade Office, test data", "Synthetic Trade Office",
            SourceKind.OFFICIAL, Grade.B, 2024, ""),
        "syn-poll-2024", new Source("syn-poll-2024", "Synthetic Poll, test data", "Synthetic Poll", SourceKind.SURVEY,
            Grade.B, 2024, ""));
    List<Observation> o = new ArrayList<>();
    double[] trade = {2500, 2000, 2200, 2600, 2400};
    for (int i = 0; i < trade.length; i++) {
      o.add(obs("trade.total", "IND-PAK", 2019 + i, trade[i], "USD million", "syn-trade-2024"));
    }
    o.add(obs("opinion.negative", "IND", 2023, 58, "percent", "syn-poll-2024"));
    o.add(obs("opinion.negative", "PAK", 2023, 64, "percent", "syn-poll-2024"));
    o.add(obs("opinion.support_trade", "IND", 2023, 41, "percent", "syn-poll-2024"));
    o.add(obs("opinion.support_trade", "PAK", 2023, 47, "percent", "syn-poll-2024"));
    dossier = DossierBuilder.build(new StudyData(Dyad.parse("IND-PAK"), Gazetteer.standard(),
        IndicatorCatalogue.standard(), sources, o), DossierOptions.standard());
  }

  @Test
  void findingsNameTheNewPair() {
    assertThat(dossier.title()).isEqualTo("Relations between India and Pakistan: an evidence dossier");
    assertThat(dossier.findings()).filteredOn(f -> f.id().equals("trade.total-path")).singleElement()
        .satisfies(f -> assertThat(f.sentence()).isEqualTo("Total bilateral trade between India and Pakistan fell 20%"
            + " from USD 2,500 million in 2019 to USD 2,000 million in 2020, then rose 10% to USD 2,200 million in"
            + " 2021, then rose 18% to USD 2,600 million in 2022, then fell 7.7% to USD 2,400 million in 2023"
            + " (Synthetic Trade Office 2024)."));
    assertThat(dossier.findings()).filteredOn(f -> f.id().equals("trust.negative-view")).singleElement()
        .satisfies(f -> assertThat(f.sentence()).isEqualTo("Respondents with a negative view of bilateral relations:"
            + " 58% in India and 64% in Pakistan in 2023, 6 percentage points higher in Pakistan (Synthetic Poll"
            + " 2024)."));
  }

  @Test
  void withoutPublishedProjectionsTheTargetIsTheYearAfterTheLastFact() {
    assertThat(dossier.target()).isEqualTo("2024");
    assertThat(dossier.targetReason())
        .isEqualTo("the year after the last observed or reported value, as no projection is published");
    // five points are enough to backtest, so the forecast is no longer of low confidence
    Comparison trade = dossier.tables().get(5).comparisons().get(0);
    assertThat(trade.indicator()).isEqualTo("trade.total");
    assertThat(trade.hasForecast()).isTrue();
    assertThat(trade.confidence()).isEqualTo("moderate");
    assertThat(trade.hasPublished()).isFalse();
  }

  @Test
  void themesWithoutDataSaySoAndTheOutputNeverMentionsTheDefaultPair() {
    ThemeSection refugees = dossier.themes().stream().filter(t -> t.id().equals("refugees")).findFirst().orElseThrow();
    assertThat(refugees.noData()).startsWith("No data for this theme: no observed or reported values of"
        + " refugees.registered for IND");
    for (String format : List.of("html", "md", "json")) {
      String text = DossierRenderer.forFormat(format).render(dossier).mainText();
      assertThat(text).as(format).contains("India").doesNotContain("Afghan");
    }
  }
}
