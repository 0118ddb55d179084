package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.evidence.Period;
import org.junit.jupiter.api.Test;

class ChangeTest {

  private final Change fall = Change.between(SeriesTest.point("2019", 1700), SeriesTest.point("2021", 1200));

  @Test
  void measuresAFallInAbsoluteAndRelativeTerms() {
    assertThat(fall.absolute()).isEqualTo(-500);
    // -500 / 1700 * 100 = -29.411764705882...
    assertThat(fall.percent()).isCloseTo(-29.41176470588235, within(1e-12));
    assertThat(fall.direction()).isEqualTo("fell");
  }

  @Test
  void annualRateCompoundsOverTheYearsBetween() {
    // (1200 / 1700)^(1/2) - 1 = sqrt(0.7058823529) - 1 = 0.8401680504 - 1 = -0.1598319496
    assertThat(fall.annualRate()).isCloseTo(-15.98319496, within(1e-8));
  }

  @Test
  void annualRateOfMonthsUsesFractionalYears() {
    // 2023-01 to 2023-07 is half a year: (121 / 100)^2 - 1 = 0.4641
    Change c = new Change(Period.ofMonth(2023, 1), Period.ofMonth(2023, 7), 100, 121);
    assertThat(c.annualRate()).isCloseTo(46.41, within(1e-9));
    assertThat(c.direction()).isEqualTo("rose");
  }

  @Test
  void percentOfZeroIsUndefined() {
    Change c = new Change(Period.ofYear(2020), Period.ofYear(2021), 0, 5);
    assertThat(c.percent()).isNaN();
    assertThat(c.annualRate()).isNaN();
  }

  @Test
  void percentFollowsTheDirectionFromANegativeStart() {
    // trade balance -200 -> -100: up by 100, i.e. +50% of |-200|; no compound rate for negative values
    Change c = new Change(Period.ofYear(2020), Period.ofYear(2021), -200, -100);
    assertThat(c.percent()).isEqualTo(50);
    assertThat(c.annualRate()).isNaN();
  }

  @Test
  void anEqualValueWasUnchanged() {
    assertThat(new Change(Period.ofYear(2020), Period.ofYear(2022), 3, 3).direction()).isEqualTo("was unchanged");
  }

  @Test
  void aChangeCannotRunBackwards() {
    assertThatThrownBy(() -> new Change(Period.ofYear(2022), Period.ofYear(2020), 1, 2))
        .hasMessageContaining("from 2022 to 2020");
  }

  @Test
  void aChangeStaysWithinOneGranularity() {
    assertThatThrownBy(() -> new Change(Period.ofYear(2022), Period.ofMonth(2023, 1), 1, 2))
        .hasMessageContaining("2022 and 2023-01");
  }
}
