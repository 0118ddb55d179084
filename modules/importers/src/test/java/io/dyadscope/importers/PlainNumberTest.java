package io.dyadscope.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainNumberTest {

  @Test
  void plainNumbersWithSignAndDecimalPoint() {
    assertThat(PlainNumber.parse("1400")).hasValue(1400.0);
    assertThat(PlainNumber.parse("+1050")).hasValue(1050.0);
    assertThat(PlainNumber.parse("-1.4")).hasValue(-1.4);
    assertThat(PlainNumber.parse(".5")).hasValue(0.5);
    assertThat(PlainNumber.parse("7.")).hasValue(7.0);
  }

  @Test
  void thousandsSeparatorsInGroupsOfThree() {
    assertThat(PlainNumber.parse("1,400")).hasValue(1400.0);
    assertThat(PlainNumber.parse("1,400,000.25")).hasValue(1_400_000.25);
  }

  @Test
  void scalesWordsExponentsAndBadGroupingAreNotNumbers() {
    for (String bad : new String[] {"1.4m", "N/A", "1e3", "1,40", "1,4000", "", "-", "1 400", "$5", "5%"}) {
      assertThat(PlainNumber.parse(bad)).as(bad).isEmpty();
    }
  }
}
