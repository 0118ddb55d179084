package io.dyadscope.importers.wdi;

import io.dyadscope.testkit.SharedData;
import static io.dyadscope.importers.Fixtures.PAK_AFG;
import static io.dyadscope.importers.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.importers.Fixtures;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsReading;
import io.dyadscope.importers.StatisticsText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WdiImporterTest {

  private final WdiImporter importer = new WdiImporter(Gazetteer.standard());
  private static final String WIDE = Fixtures.text("wdi-wide.csv");
  private static final String LONG = Fixtures.text("wdi-long.csv");

  private StatisticsReading read(String text) throws ImportException {
    return importer.read("wdi.csv", text, PAK_AFG, Progress.NONE);
  }

  private List<String> problems(String text) {
    return Fixtures.problems(importer, "wdi.csv", text);
  }

  @Test
  void realWideDownloadGivesGdpPerCapitaOfBothCountries() throws Exception {
    Path file = SharedData.data("real/wdi/API_NY.GDP.PCAP.CD_DS2_en_csv_v2.csv");
    StatisticsReading r = importer.read("wdi.csv", StatisticsText.utf8("wdi.csv", Files.readAllBytes(file)), PAK_AFG,
        Progress.NONE);
    List<Observation> obs = r.observations();
    assertThat(value(obs, "wdi.ny.gdp.pcap.cd", "PAK", "2017")).isEqualTo(1547.85341366929);
    assertThat(value(obs, "wdi.ny.gdp.pcap.cd", "AFG", "2017")).isEqualTo(585.85006378237);
    assertThat(value(obs, "wdi.ny.gdp.pcap.cd", "AFG", "1960")).isEqualTo(59.7773265083934);
    assertThat(Fixtures.find(obs, "wdi.ny.gdp.pcap.cd", "AFG", "1985")).isEmpty();
    assertThat(obs.stream().filter(o -> o.subject().equals("PAK")).count()).isEqualTo(58);
    Indicator i = r.indicators().get(0);
    assertThat(i.name()).isEqualTo("GDP per capita (current US$)");
    assertThat(i.unit()).isEqualTo("current US$");
    assertThat(i.familyName()).isEqualTo("development");
    assertThat(r.skipped()).containsExactly(Map.entry("rows of World Bank aggregates and economies without an ISO 3166-1 code", 49));
    assertThat(r.sources().get(0).year()).isEqualTo(2018);
  }

  @Test
  void syntheticWideFileSkipsAggregatesAndEmptyCells() throws Exception {
    StatisticsReading r = read(WIDE);
    assertThat(r.observations()).extracting(o -> o.subject() + " " + o.period() + " " + o.value())
        .containsExactly("AFG 2019 10.0", "AFG 2021 30.0", "PAK 2019 1000.0", "PAK 2020 1100.0", "PAK 2021 1200.0");
    assertThat(r.observations()).allSatisfy(o -> assertThat(o.indicator()).isEqualTo("wdi.sm.pop.refg"));
    assertThat(r.indicators()).extracting(Indicator::unit).containsExactly("value");
    assertThat(r.skipped()).containsValue(1);
  }

  @Test
  void syntheticLongFileReadsYearCodesAndTwoDotsAsNoValue() throws Exception {
    StatisticsReading r = read(LONG);
    assertThat(r.observations()).extracting(o -> o.indicator() + " " + o.subject() + " " + o.period() + " " + o.value())
        .containsExactly("wdi.ny.gdp.mktp.kd.zg PAK 2020 -1.5", "wdi.ny.gdp.mktp.kd.zg PAK 2021 5.75");
    assertThat(r.indicators().get(0).unit()).isEqualTo("annual %");
    assertThat(r.rows()).isEqualTo(4);
  }

  @Test
  void aMissingPreambleReadsTheSameAndALongerOneToo() throws Exception {
    String bare = WIDE.substring(WIDE.indexOf("\"Country Name\""));
    String longer = "\"Note\",\"extra\",\n\n" + WIDE;
    assertThat(read(bare).observations()).isEqualTo(read(WIDE).observations());
    assertThat(read(longer).observations()).isEqualTo(read(WIDE).observations());
  }

  @Test
  void aYearColumnThatIsNotAYearIsNamed() {
    assertThat(problems(WIDE.replace("\"2020\"", "\"2020e\""))).containsExactly(
        "wdi.csv:5:2020e: column 6 of the header is not a year: '2020e' (the wide layout has one column per year after"
            + " Indicator Code)");
  }

  @Test
  void thousandsSeparatorsAreReadAndFootnoteMarksRefused() throws Exception {
    assertThat(value(read(WIDE.replace("\"1100\"", "\"1,100\"")).observations(), "wdi.sm.pop.refg", "PAK", "2020"))
        .isEqualTo(1100);
    assertThat(problems(WIDE.replace("\"1100\"", "\"1100 e\""))).containsExactly("wdi.csv:7:2020: value '1100 e' carries"
        + " a footnote mark; the import does not guess what it means: remove the mark and put its meaning in a note,"
        + " or leave the cell empty");
  }

  @Test
  void aRepeatedCountryRowIsRefused() {
    String twice = WIDE + "\"Pakistan\",\"PAK\",\"Synthetic refugee population by country of asylum\",\"SM.POP.REFG\",\"1\",\"2\",\"3\",\n";
    assertThat(problems(twice)).containsExactly("wdi.csv:10: duplicate row for PAK SM.POP.REFG: first given on line 7");
  }

  @Test
  void anUnknownCountryCodeIsRefusedWhileAggregatesAreSkipped() {
    assertThat(problems(WIDE.replace("\"India\",\"IND\"", "\"Atlantis\",\"ATL\""))).containsExactly(
        "wdi.csv:9:Country Code: unknown country code 'ATL': not an ISO 3166-1 alpha-3 code, nor one of the World"
            + " Bank's aggregates listed in io/dyadscope/importers/wdi/aggregates.csv");
  }

  @Test
  void noHeaderIsRefused() {
    assertThat(problems("\"Data Source\",\"World Development Indicators\",\n")).hasSize(1)
        .first().asString().startsWith("wdi.csv:1: no World Bank header line");
  }

  @Test
  void codesBecomeDottedLowerCaseIds() {
    assertThat(WdiIndicators.id("NY.GDP.PCAP.CD")).isEqualTo("wdi.ny.gdp.pcap.cd");
    assertThat(WdiIndicators.id("per_allsp.adq_pop_tot")).isEqualTo("wdi.per_allsp.adq_pop_tot");
    assertThat(WdiIndicators.unit("Refugee population by country or territory of asylum")).isEqualTo("value");
  }
}
