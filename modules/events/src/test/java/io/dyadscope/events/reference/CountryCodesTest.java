package io.dyadscope.events.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The FIPS codes of a dyad's countries: the place filter every GDELT reader applies to raw codes. */
class CountryCodesTest {

  private final CountryCodes codes = CountryCodes.standard();

  @Test
  void fipsCodesOfTwoCountriesAreSortedWhateverTheOrderAsked() {
    assertThat(codes.fipsCodesOf("PAK", "AFG")).containsExactly("AF", "PK");
  }

  @Test
  void eachCodeFoundMapsBackToACountryAsked() {
    assertThat(codes.fipsCodesOf("IND")).containsExactly("IN");
    assertThat(codes.fips("IN")).isEqualTo("IND");
  }

  @Test
  void aCountryWithoutAFipsCodeGivesNone() {
    assertThat(codes.fipsCodesOf("XXX")).isEmpty();
  }
}
