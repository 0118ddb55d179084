package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Synthetic values: made up for these tests. */
class PeriodValuesTest {

  private static Map<Period, Double> quarters() {
    Map<Period, Double> m = new LinkedHashMap<>();
    m.put(Period.parse("2023-Q1"), 10.0);
    m.put(Period.parse("2023-Q2"), 20.0);
    m.put(Period.parse("2023-Q3"), 30.0);
    m.put(Period.parse("2023-Q4"), 40.0);
    m.put(Period.parse("2024-Q1"), 50.0);
    return m;
  }

  @Test
  void flowsAddUpAndAYearWithMissingPartsIsIncomplete() {
    assertThat(PeriodValues.toYears(quarters(), Combine.SUM))
        .extracting(y -> y.year().toString(), PeriodValues.Yearly::value, PeriodValues.Yearly::complete)
        .containsExactly(tuple("2023", 100.0, true), tuple("2024", 50.0, false));
  }

  @Test
  void stocksTakeTheLastValueAndRatesTheMean() {
    assertThat(PeriodValues.toYears(quarters(), Combine.LAST)).extracting(PeriodValues.Yearly::value)
        .containsExactly(40.0, 50.0);
    assertThat(PeriodValues.toYears(quarters(), Combine.MEAN)).extracting(PeriodValues.Yearly::value)
        .containsExactly(25.0, 50.0);
  }

  @Test
  void daysOfALeapYearNeedAll366ToBeComplete() {
    Map<Period, Double> days = Map.of(Period.parse("2024-01-01"), 3.0, Period.parse("2024-12-31"), 4.0);
    PeriodValues.Yearly y = PeriodValues.toYears(days, Combine.SUM).get(0);
    assertThat(y.value()).isEqualTo(7.0);
    assertThat(y.expected()).isEqualTo(366);
  }

  @Test
  void mixedGranularitiesAreRefused() {
    Map<Period, Double> m = Map.of(Period.parse("2024-Q1"), 1.0, Period.parse("2024-05"), 2.0);
    assertThatThrownBy(() -> PeriodValues.toYears(m, Combine.SUM)).hasMessage("cannot aggregate quarters with months: 2024-05");
  }
}
