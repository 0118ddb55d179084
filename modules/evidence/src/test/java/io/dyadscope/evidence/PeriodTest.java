package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void parsesYearsAndMonths() {
    assertThat(Period.parse("2024")).isEqualTo(Period.ofYear(2024));
    assertThat(Period.parse("2024-03")).isEqualTo(Period.ofMonth(2024, 3));
    assertThat(Period.parse("2024-03").toString()).isEqualTo("2024-03");
  }

  @Test
  void rejectsOtherTextNamingIt() {
    assertThatThrownBy(() -> Period.parse("24")).hasMessage("not a period (expected YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD): '24'");
    assertThatThrownBy(() -> Period.parse("2024-13")).hasMessage("month out of range 1-12: 13");
  }

  @Test
  void ordinalsStepOnePerPeriod() {
    assertThat(Period.parse("2024").ordinal()).isEqualTo(2024);
    assertThat(Period.parse("2024-01").ordinal() - Period.parse("2023-12").ordinal()).isEqualTo(1);
  }

  @Test
  void yearsBetweenMonthsAreFractional() {
    assertThat(Period.ofMonth(2023, 7).yearsUntil(Period.ofMonth(2024, 1))).isEqualTo(0.5);
    assertThat(Period.ofYear(2019).yearsUntil(Period.ofYear(2022))).isEqualTo(3.0);
  }

  @Test
  void aYearSortsBeforeItsMonths() {
    assertThat(Period.ofYear(2024)).isLessThan(Period.ofMonth(2024, 1));
  }
}
