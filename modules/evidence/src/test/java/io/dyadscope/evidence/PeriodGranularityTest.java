package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodGranularityTest {

  @Test
  void parsesQuartersAndDaysAndWritesThemBack() {
    assertThat(Period.parse("2024-Q2")).isEqualTo(Period.ofQuarter(2024, 2));
    assertThat(Period.parse("2024-Q2").toString()).isEqualTo("2024-Q2");
    assertThat(Period.parse("2024-02-29")).isEqualTo(Period.ofDay(2024, 2, 29));
    assertThat(Period.parse("2024-02-29").toString()).isEqualTo("2024-02-29");
    assertThat(Period.parse("2024-02-29").granularity()).isEqualTo(Period.Granularity.DAY);
  }

  @Test
  void refusesImpossibleQuartersAndDates() {
    assertThatThrownBy(() -> Period.parse("2024-Q5")).hasMessage("quarter out of range 1-4: 5");
    assertThatThrownBy(() -> Period.parse("2023-02-29")).hasMessage("not a date: 2023-02-29");
  }

  @Test
  void coarserPeriodsSortBeforeFinerOnesStartingTheSameDay() {
    List<Period> p = new ArrayList<>(List.of(Period.parse("2024-04"), Period.parse("2024-Q2"),
        Period.parse("2024-03-31"), Period.parse("2024-01-01"), Period.parse("2024-01"), Period.parse("2024-Q1"),
        Period.parse("2024")));
    Collections.sort(p);
    assertThat(p).extracting(Period::toString)
        .containsExactly("2024", "2024-Q1", "2024-01", "2024-01-01", "2024-03-31", "2024-Q2", "2024-04");
  }

  @Test
  void ordinalsStepOnePerPeriodOfEachGranularity() {
    assertThat(Period.parse("2024-Q1").ordinal() - Period.parse("2023-Q4").ordinal()).isEqualTo(1);
    assertThat(Period.parse("2024-01-01").ordinal() - Period.parse("2023-12-31").ordinal()).isEqualTo(1);
  }

  @Test
  void theNextPeriodKeepsTheGranularity() {
    assertThat(Period.parse("2024").next()).hasToString("2025");
    assertThat(Period.parse("2024-Q4").next()).hasToString("2025-Q1");
    assertThat(Period.parse("2024-12").next()).hasToString("2025-01");
    assertThat(Period.parse("2024-02-28").next()).hasToString("2024-02-29");
  }

  @Test
  void periodsKnowTheYearQuarterAndMonthTheyFallIn() {
    assertThat(Period.parse("2024-08-15").toYear()).isEqualTo(Period.ofYear(2024));
    assertThat(Period.parse("2024-08-15").toQuarter()).isEqualTo(Period.ofQuarter(2024, 3));
    assertThat(Period.parse("2024-08-15").toMonth()).isEqualTo(Period.ofMonth(2024, 8));
    assertThat(Period.ofQuarter(2024, 3).yearsUntil(Period.ofYear(2025))).isEqualTo(0.5);
  }
}
