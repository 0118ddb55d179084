package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void billionsToMillionsMultiplyByAThousand() {
    assertThat(Units.convert(1.9, "USD billion", "USD million")).hasValue(1900.0);
    assertThat(Units.convert(1.7, "USD billion", "USD million")).hasValue(1700.0);
  }

  @Test
  void thousandsToMillionsDivideByAThousand() {
    assertThat(Units.convert(350_000, "USD thousand", "USD million")).hasValue(350.0);
    assertThat(Units.convert(1_400, "USD thousand", "USD million")).hasValue(1.4);
  }

  @Test
  void plainDollarsToBillions() {
    assertThat(Units.convert(62e9, "USD", "USD billion")).hasValue(62.0);
  }

  @Test
  void countsScaleByThousandsAndMillions() {
    assertThat(Units.convert(1.4, "million", "count")).hasValue(1_400_000.0);
    assertThat(Units.convert(1_400, "thousand", "count")).hasValue(1_400_000.0);
  }

  @Test
  void sameUnitIgnoringCaseAndBlanks() {
    assertThat(Units.convert(60, "Percent", "percent")).hasValue(60.0);
    assertThat(Units.convert(5, "usd  MILLION", "USD million")).hasValue(5.0);
  }

  @Test
  void differentUnitsDoNotConvert() {
    assertThat(Units.convert(1, "USD million", "count")).isEmpty();
    assertThat(Units.convert(1, "EUR million", "USD million")).isEmpty();
    assertThat(Units.convert(1, "percent", "count")).isEmpty();
  }

  @Test
  void scalesOfAUnitAreTheOthersOfItsFamily() {
    assertThat(Units.scalesOf("USD million")).containsExactly("USD", "USD thousand", "USD billion");
    assertThat(Units.scalesOf("count")).containsExactly("thousand", "million");
    assertThat(Units.scalesOf("percent")).isEmpty();
  }
}
