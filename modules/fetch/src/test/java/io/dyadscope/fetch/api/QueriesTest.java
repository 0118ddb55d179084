package io.dyadscope.fetch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queries each API is asked, for PAK-AFG and for another dyad: pure, exact addresses. */
class QueriesTest {

  static final Settings DEFAULTS = Settings.defaults();
  static final FetchRequest PAK_AFG = FetchRequest.of(Dyad.parse("PAK-AFG"), Period.parse("2015"), Period.parse("2024"));
  static final FetchRequest IND_PAK = FetchRequest.of(Dyad.parse("IND-PAK"), Period.parse("2023-07"),
      Period.parse("2023-09"));

  static List<String> urls(ApiClient api, FetchRequest r, Settings s) {
    return api.queries(r, s).stream().map(Query::url).toList();
  }

  @Test
  void worldBankAsksEachIndicatorForBothCountriesOverTheYears() {
    assertThat(urls(new WorldBankApi(), PAK_AFG, DEFAULTS)).hasSize(7).first().isEqualTo(
        "https://api.worldbank.org/v2/country/PAK;AFG/indicator/NY.GDP.MKTP.CD?format=json&date=2015:2024&per_page=1000&page=1");
    assertThat(urls(new WorldBankApi(), IND_PAK, new Settings(Map.of(), Map.of("worldbank.indicators", "SP.POP.TOTL"))))
        .containsExactly("https://api.worldbank.org/v2/country/IND;PAK/indicator/SP.POP.TOTL?format=json&date=2023:2023"
            + "&per_page=1000&page=1");
  }

  @Test
  void unhcrAsksBothDirections() {
    assertThat(urls(new UnhcrApi(), IND_PAK, DEFAULTS)).containsExactly(
        "https://api.unhcr.org/population/v1/population/?limit=100&yearFrom=2023&yearTo=2023&coo=IND&coa=PAK&cf_type=ISO&page=1",
        "https://api.unhcr.org/population/v1/population/?limit=100&yearFrom=2023&yearTo=2023&coo=PAK&coa=IND&cf_type=ISO&page=1");
  }

  @Test
  void ucdpAsksByGleditschWardNumberAndDay() {
    assertThat(urls(new UcdpApi(), IND_PAK, DEFAULTS)).containsExactly("https://ucdpapi.pcr.uu.se/api/gedevents/25.1"
        + "?pagesize=1000&Country=750,770&StartDate=2023-07-01&EndDate=2023-09-30&page=0");
  }

  @Test
  void ucdpNamesACountryWithoutAGleditschWardNumber() {
    FetchRequest r = FetchRequest.of(Dyad.parse("NPL-BTN"), Period.parse("2020"), Period.parse("2020"));
    assertThatThrownBy(() -> new UcdpApi().queries(r, DEFAULTS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ucdp: no Gleditsch-Ward number known for NPL (fetch module, gleditsch-ward.csv)");
  }

  @Test
  void imfAsksDirectionOfTradeByIsoAlpha2() {
    assertThat(urls(new ImfApi(Gazetteer.standard()), IND_PAK, DEFAULTS)).containsExactly(
        "http://dataservices.imf.org/REST/SDMX_JSON.svc/CompactData/DOT/A.IN+PK.TXG_FOB_USD+TMG_CIF_USD.IN+PK"
            + "?startPeriod=2023&endPeriod=2023");
  }

  @Test
  void gdeltAsksTheFileListFirst() {
    assertThat(urls(new GdeltApi(), PAK_AFG, DEFAULTS)).containsExactly("http://data.gdeltproject.org/events/md5sums");
  }

  @Test
  void acledAsksByIsoNumericCodeAndNeverShowsTheKey() {
    Settings keyed = new Settings(Map.of(), Map.of("acled.key", "K-1", "acled.email", "a@b.org"));
    List<String> urls = urls(new AcledApi(), IND_PAK, keyed);
    assertThat(urls).containsExactly("https://api.acleddata.com/acled/read?_format=json&iso=356%7C586"
        + "&event_date=2023-07-01%7C2023-09-30&event_date_where=BETWEEN&limit=5000&page=1",
        "https://api.acleddata.com/deleted/read?_format=json&deleted_timestamp=0&limit=5000&page=1");
    Query sent = new AcledApi().authorize(new AcledApi().queries(IND_PAK, keyed).get(0), keyed);
    assertThat(sent.url()).isEqualTo(urls.get(0));
    assertThat(sent.secretParams()).isEqualTo(Map.of("key", "K-1", "email", "a@b.org"));
  }

  @Test
  void acledWithoutAKeySaysWhereToPutIt() {
    Query q = new AcledApi().queries(PAK_AFG, DEFAULTS).get(0);
    assertThatThrownBy(() -> new AcledApi().authorize(q, DEFAULTS)).isInstanceOf(MissingCredentialException.class)
        .hasMessage("acled needs an access key: set DYADSCOPE_ACLED_KEY or 'acled.key=' in the fetch configuration file");
  }

  @Test
  void comtradeUsesItsOwnCountryCodesTwelveYearsAQueryAndTheFullApiWithAKey() {
    assertThat(urls(new ComtradeApi(), IND_PAK, DEFAULTS)).containsExactly("https://comtradeapi.un.org/public/v1/"
        + "preview/C/A/HS?reporterCode=699,586&partnerCode=586,699&period=2023&cmdCode=TOTAL&flowCode=X,M&includeDesc=true");
    FetchRequest longSpan = FetchRequest.of(Dyad.parse("PAK-AFG"), Period.parse("2000"), Period.parse("2024"));
    Settings keyed = new Settings(Map.of(), Map.of("comtrade.key", "S-1"));
    List<String> urls = urls(new ComtradeApi(), longSpan, keyed);
    assertThat(urls).hasSize(3).allMatch(u -> u.startsWith("https://comtradeapi.un.org/data/v1/get/C/A/HS?"));
    assertThat(urls.get(2)).contains("&period=2024&");
    assertThat(new ComtradeApi().authorize(Query.of(ApiId.COMTRADE, urls.get(0)), keyed).secretHeaders())
        .isEqualTo(Map.of("Ocp-Apim-Subscription-Key", "S-1"));
  }

  @Test
  void aBaseAddressCanBeOverridden() {
    Settings local = new Settings(Map.of(ApiId.GDELT, "http://127.0.0.1:9/gdelt/"), Map.of());
    assertThat(urls(new GdeltApi(), PAK_AFG, local)).containsExactly("http://127.0.0.1:9/gdelt/md5sums");
  }
}
