package io.dyadscope.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.testdata.SeedFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dossier of the seed study's figures under the shipped definitions. */
class SeedDossierTest {

  static Dossier dossier;

  @BeforeAll
  static void build() {
    dossier = SeedFixture.dossier();
  }

  @Test
  void everyThemeOfTheStudyAndTheAgreementOfItsSourcesHasFindings() {
    assertThat(dossier.themes()).hasSize(8).allSatisfy(t -> {
      assertThat(t.findings()).as(t.id()).isNotEmpty();
      assertThat(t.noData()).isEmpty();
    });
  }

  @Test
  void tradeIsToldStepByStepWithItsSources() {
    assertThat(dossier.findings()).filteredOn(f -> f.id().equals("trade.total-path")).singleElement()
        .satisfies(f -> assertThat(f.sentence()).isEqualTo("Total bilateral trade between Pakistan and Afghanistan"
            + " fell 29% from USD 1,700 million in 2019 to USD 1,200 million in 2021, then rose 58% to USD 1,900"
            + " million in 2022 (State Bank of Pakistan 2023; Afghanistan Central Statistics Organization 2023;"
            + " World Bank 2023)."));
  }

  @Test
  void forecastsAreForTheLatestPublishedProjectionPeriod() {
    assertThat(dossier.target()).isEqualTo("2024");
    assertThat(dossier.targetReason()).isEqualTo("the latest period of a published projection");
    // published total trade has a table of its own (Table 6), apart from one reporter's flows
    Comparison total = dossier.tables().get(5).comparisons().stream().filter(c -> c.indicator().equals("trade.total"))
        .findFirst().orElseThrow();
    assertThat(total.published()).isEqualTo(1750.0);
    assertThat(total.forecast()).isEqualTo(1900.0);
    assertThat(total.difference()).isEqualTo(-150.0);
    // three points and an interval wider than the series' range: no support either way
    assertThat(total.verdict()).isEqualTo("too uncertain to judge");
  }

  @Test
  void sixTablesHoldDataAndAFigureOfTwoDotsIsNotDrawn() {
    assertThat(dossier.tables()).hasSize(6).allSatisfy(t -> assertThat(t.empty()).as(t.id()).isEmpty());
    assertThat(dossier.charts()).hasSize(6).filteredOn(Chart::isEmpty).extracting(Chart::id)
        .containsExactly("refugees", "exports");
    assertThat(dossier.charts().get(2).empty())
        .isEqualTo("Too few values to chart (2023 and 2024 projection); see the tables.");
    assertThat(dossier.charts()).extracting(Chart::file).containsExactly("figure-1-trade.svg",
        "figure-2-incidents.svg", "figure-3-refugees.svg", "figure-4-opinion.svg", "figure-5-initiatives.svg",
        "figure-6-exports.svg");
  }

  @Test
  void onThePapersFiguresAloneOneRecommendationIsSupportedOneIsNotAndFourAreUndecided() {
    assertThat(dossier.recommendations()).hasSize(6).allSatisfy(r -> assertThat(r.trail()).as(r.id()).isNotEmpty());
    assertThat(dossier.recommendations()).extracting(Recommendation::id, Recommendation::status).containsExactly(
        tuple("rec.trade", Recommendation.Status.NOT_SUPPORTED),
        tuple("rec.counterterrorism", Recommendation.Status.UNDECIDED),
        tuple("rec.refugees", Recommendation.Status.UNDECIDED),
        tuple("rec.connectivity", Recommendation.Status.UNDECIDED),
        tuple("rec.confidence-building", Recommendation.Status.SUPPORTED),
        tuple("rec.stakeholders", Recommendation.Status.UNDECIDED));
  }

  @Test
  void limitationsNameTheConflictingEstimatesOfTheConnectivityTable() {
    assertThat(dossier.data().limitations()).filteredOn(l -> l.kind().equals("disagreement"))
        .extracting(Limitation::text).containsExactly("3 figures stated more than once are given values that do not"
            + " agree; see the results on agreement between the documents.");
    assertThat(dossier.data().limitations()).extracting(Limitation::text).contains(
        "Respondents with a negative view of bilateral relations for Afghanistan and Pakistan; respondents"
            + " supporting increased trade for Afghanistan and Pakistan; registered refugees from Afghanistan hosted by"
            + " Pakistan: 1 point (2023). Security incidents reported between Pakistan and Afghanistan: 3 points"
            + " (2020, 2021 and 2023). Total bilateral trade between Pakistan and Afghanistan: 3 points (2019, 2021"
            + " and 2022).");
  }

  @Test
  void eachLensReadsTheFindingsOfItsThemes() {
    assertThat(dossier.discussion()).extracting(LensSection::id)
        .containsExactly("realism", "constructivism", "liberalism");
    assertThat(dossier.discussion()).allSatisfy(l -> assertThat(l.findingIds()).isNotEmpty());
    assertThat(dossier.discussion().get(0).findingIds()).contains("security.incidents-path");
  }
}
