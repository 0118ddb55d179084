package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesBuilderTest {

  private static final Source WB = new Source("wb-2023", "World Bank (2023) WITS.", "World Bank",
      SourceKind.INTERNATIONAL_ORGANISATION, Grade.A, 2023, "");
  private static final Source SBP = new Source("sbp-2023", "State Bank of Pakistan (2023).", "State Bank of Pakistan",
      SourceKind.OFFICIAL, Grade.B, 2023, "");
  private static final Source DAWN_2022 = new Source("dawn-2022", "Dawn (2022).", "Dawn", SourceKind.NEWS, Grade.C,
      2022, "");
  private static final Source DAWN_2024 = new Source("dawn-2024", "Dawn (2024).", "Dawn", SourceKind.NEWS, Grade.C,
      2024, "");

  private final SeriesBuilder builder = new SeriesBuilder(Map.of(WB.id(), WB, SBP.id(), SBP,
      DAWN_2022.id(), DAWN_2022, DAWN_2024.id(), DAWN_2024));

  static Observation obs(String period, double value, Status status, String source, String location) {
    return obs("trade.total", "PAK-AFG", period, value, status, source, location);
  }

  static Observation obs(String indicator, String subject, String period, double value, Status status,
      String source, String location) {
    return new Observation(indicator, "PAK-AFG", subject, Period.parse(period), value, "USD million", status,
        source, "", location, "");
  }

  @Test
  void agreeingValuesCollapseIntoOnePointCitingAll() {
    Observation sbp = obs("2022", 1420, Status.OBSERVED, "sbp-2023", "");
    Observation dawn = obs("2022", 1400, Status.REPORTED, "dawn-2024", "");   // |20| <= halfUnit(1400) = 50
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(dawn, sbp));

    assertThat(r.series().points()).containsExactly(
        new Point(Period.ofYear(2022), 1420, List.of(sbp.id(), dawn.id()), List.of("sbp-2023", "dawn-2024")));
    assertThat(r.disagreements()).isEmpty();
  }

  @Test
  void disagreeingValuesKeepTheBestGradedAndRecordTheDisagreement() {
    Observation wb = obs("2021", 1900, Status.OBSERVED, "wb-2023", "");
    Observation sbp = obs("2021", 2400, Status.OBSERVED, "sbp-2023", "");    // |500| > 50: disagree
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(sbp, wb));

    assertThat(r.series().points()).containsExactly(
        new Point(Period.ofYear(2021), 1900, List.of(wb.id()), List.of("wb-2023")));
    assertThat(r.disagreements()).containsExactly(new Disagreement("trade.total", "PAK-AFG", Period.ofYear(2021),
        List.of(wb, sbp), wb, "2 values: 1,900 (World Bank 2023) vs 2,400 (State Bank of Pakistan 2023)"));
  }

  @Test
  void amongEqualGradesTheMorePreciseValueWins() {
    Observation text = obs("2023", 1400, Status.OBSERVED, "wb-2023", "text");
    Observation table = obs("2023", 1423, Status.OBSERVED, "wb-2023", "Table 1");   // halfUnit 0.5 < 50
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(text, table));

    assertThat(r.series().points()).containsExactly(
        new Point(Period.ofYear(2023), 1423, List.of(table.id(), text.id()), List.of("wb-2023")));
  }

  @Test
  void amongEqualGradeAndPrecisionTheNewerSourceWins() {
    Observation older = obs("2020", 512, Status.REPORTED, "dawn-2022", "");
    Observation newer = obs("2020", 513, Status.REPORTED, "dawn-2024", "");   // |1| > 0.5: disagree
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(older, newer));

    assertThat(r.series().first().value()).isEqualTo(513);
    assertThat(r.disagreements()).singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo("2 values: 513 (Dawn 2024) vs 512 (Dawn 2022)"));
  }

  @Test
  void aSourceMissingFromTheMapRanksBelowEveryGrade() {
    Observation unknown = obs("2020", 3100, Status.REPORTED, "blog-x", "");
    Observation dawn = obs("2020", 2500, Status.REPORTED, "dawn-2022", "");
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(unknown, dawn));

    assertThat(r.series().first().value()).isEqualTo(2500);
    assertThat(r.disagreements().get(0).reason()).isEqualTo("2 values: 2,500 (Dawn 2022) vs 3,100 (blog-x)");
  }

  @Test
  void projectionsAreSetApartAndOtherIndicatorsIgnored() {
    Observation fact = obs("2023", 1400, Status.OBSERVED, "wb-2023", "");
    Observation projection = obs("2025", 2000, Status.PROJECTION, "sbp-2023", "");
    Observation otherIndicator = obs("trade.exports", "PAK-AFG", "2023", 900, Status.OBSERVED, "wb-2023", "");
    Observation otherSubject = obs("trade.total", "PAK", "2023", 30000, Status.OBSERVED, "wb-2023", "");
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(projection, otherIndicator, fact, otherSubject));

    assertThat(r.series().values()).containsExactly(1400);
    assertThat(r.projections()).containsExactly(projection);
  }

  @Test
  void annualFactsWinOverMonthlyOnes() {
    Observation month = obs("2023-03", 120, Status.OBSERVED, "sbp-2023", "");
    Observation y2022 = obs("2022", 1420, Status.OBSERVED, "sbp-2023", "");
    Observation y2023 = obs("2023", 1400, Status.OBSERVED, "wb-2023", "");
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(month, y2023, y2022));

    assertThat(r.series().points()).extracting(Point::period)
        .containsExactly(Period.ofYear(2022), Period.ofYear(2023));
  }

  @Test
  void monthlyFactsMakeAMonthlySeriesWhenThereAreNoAnnualOnes() {
    SeriesResult r = builder.build("trade.total", "PAK-AFG", List.of(
        obs("2023-04", 130, Status.OBSERVED, "sbp-2023", ""), obs("2023-03", 120, Status.OBSERVED, "sbp-2023", "")));

    assertThat(r.series().values()).containsExactly(120, 130);
  }
}
