package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import org.junit.jupiter.api.Test;

class ProjectionComparisonTest {

  // computed from 1700 (2019), 1200 (2021), 1900 (2022): 1900 with 80% interval about 421 .. 3379 and
  // 95% interval 0 .. 5274 (see ForecasterTest)
  private final Outlook computed = Forecaster.standard().forecast(ForecasterTest.shortSeries(), Period.ofYear(2024),
      0, Double.POSITIVE_INFINITY);

  private static Observation published(String period, double value) {
    return SeriesBuilderTest.obs(period, value, Status.PROJECTION, "sbp-2023", "");
  }

  private static ProjectionComparison compare(Observation published, Outlook computed) {
    return ProjectionComparison.of(published, computed, ForecasterTest.shortSeries().points(),
        ForecastOptions.defaults(), "USD million");
  }

  @Test
  void measuresThePublishedValueAgainstTheComputedOne() {
    ProjectionComparison c = compare(published("2024", 2500), computed);
    assertThat(c.difference()).isEqualTo(600);                           // 2500 - 1900
    assertThat(c.differencePercent()).isCloseTo(31.578947368421, within(1e-9)); // 600 / 1900 * 100
    assertThat(c.within80()).isTrue();
    assertThat(c.within95()).isTrue();
  }

  @Test
  void aValueBeyondThe80PercentIntervalMayStillBeInsideThe95() {
    ProjectionComparison c = compare(published("2024", 4000), computed);
    assertThat(c.within80()).isFalse();
    assertThat(c.within95()).isTrue();
  }

  @Test
  void withoutAComputedForecastThereIsNothingToMeasure() {
    NoForecast none = new NoForecast("trade.total", "PAK-AFG", Period.ofYear(2024), "one point (2023): no basis");
    ProjectionComparison c = compare(published("2024", 2500), none);
    assertThat(c.difference()).isNaN();
    assertThat(c.differencePercent()).isNaN();
    assertThat(c.within80()).isFalse();
    assertThat(c.within95()).isFalse();
    assertThat(c.verdict().words()).isEqualTo("no forecast to judge by");
  }

  @Test
  void aForecastFromThreePointsIsTooUncertainToJudgeEvenWhereTheValueLiesInsideItsInterval() {
    ProjectionComparison c = compare(published("2024", 2500), computed);
    assertThat(c.within80()).isTrue();
    assertThat(c.verdict().words()).isEqualTo("too uncertain to judge");
    assertThat(c.verdict().judged()).isFalse();
  }

  @Test
  void comparesOnlyTheSamePeriod() {
    assertThatThrownBy(() -> compare(published("2025", 2500), computed))
        .hasMessageContaining("trade.total/PAK-AFG 2025").hasMessageContaining("PAK-AFG 2024");
  }
}
