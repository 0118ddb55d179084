package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer g = Gazetteer.standard();

  @Test
  void holdsEveryIsoCountry() {
    assertThat(g.all()).hasSizeGreaterThan(240);
    assertThat(g.byIso3("PAK")).map(Country::name).contains("Pakistan");
    assertThat(g.byIso2("AF")).map(Country::iso3).contains("AFG");
  }

  @Test
  void findsCountriesByNameAliasAndDemonymIgnoringCase() {
    assertThat(g.byName("belarus")).map(Country::iso3).contains("BLR");
    assertThat(g.byName("Afghans")).map(Country::iso3).contains("AFG");
    assertThat(g.byName("Côte d'Ivoire")).map(Country::iso3).contains("CIV");
  }

  @Test
  void shortCapitalAbbreviationsMatchOnlyAsWritten() {
    assertThat(g.byName("US")).map(Country::iso3).contains("USA");
    assertThat(g.byName("us")).isEmpty();
  }
}
