package io.dyadscope.importers.comtrade;

import io.dyadscope.testkit.SharedData;
import static io.dyadscope.importers.Fixtures.PAK_AFG;
import static io.dyadscope.importers.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.importers.Fixtures;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsReading;
import io.dyadscope.importers.StatisticsText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComtradeImporterTest {

  private final ComtradeImporter importer = new ComtradeImporter(Gazetteer.standard(), IndicatorCatalogue.standard());
  private static final String SYNTHETIC = StatisticsText.utf8OrLatin1("c", Fixtures.bytes("comtrade-bilateral.csv"));

  private StatisticsReading read(String text) throws ImportException {
    return importer.read("trade.csv", text, PAK_AFG, Progress.NONE);
  }

  private List<String> problems(String text) {
    return Fixtures.problems(importer, "trade.csv", text);
  }

  private static String read(Path p) throws Exception {
    return StatisticsText.utf8OrLatin1(p.toString(), Files.readAllBytes(p));
  }

  @Test
  void realGoodsDownloadGivesPakistansTradeWithTheWorld() throws Exception {
    Path file = SharedData.data("real/comtrade/TradeData_4_4_2025_15_19_17.csv");
    StatisticsReading r = importer.read("t.csv", read(file), PAK_AFG, Progress.NONE);
    // primaryValue of PAK's 2023 rows with partner World: exports 28746392443.932, imports 50009391529.141
    assertThat(value(r.observations(), "trade.world_exports", "PAK", "2023")).isEqualTo(28746.392443932);
    assertThat(value(r.observations(), "trade.world_imports", "PAK", "2023")).isEqualTo(50009.391529141);
    assertThat(r.observations()).hasSize(2);
    assertThat(r.sources()).extracting(Source::id).containsExactly("comtrade-PAK");
    assertThat(r.sources().get(0).kind()).isEqualTo(SourceKind.OFFICIAL);
    assertThat(r.rows()).isEqualTo(304);
    assertThat(r.skipped()).containsEntry("records of Comtrade areas that are not countries (codes such as S19)", 2);
  }

  @Test
  void realServicesDownloadIsRefusedClearly() throws Exception {
    Path file = SharedData.data("real/comtrade/TradeData_4_4_2025_15_20_19.csv");
    assertThat(problems(read(file))).containsExactly("trade.csv:2:typeCode: typeCode 'S' is not imported: only goods (C)"
        + " are; services (S) are classified by EBOPS, not by HS");
  }

  @Test
  void eachReporterIsASourceAndMirrorFlowsShareAnIndicator() throws Exception {
    StatisticsReading r = read(SYNTHETIC);
    List<Observation> exports = r.observations().stream()
        .filter(o -> o.indicator().equals("trade.exports") && o.period().toString().equals("2022")).toList();
    assertThat(exports).extracting(o -> o.source() + " " + o.value())
        .containsExactly("comtrade-PAK 1000.0", "comtrade-AFG 1300.0");
    List<Observation> imports = r.observations().stream()
        .filter(o -> o.indicator().equals("trade.imports")).toList();
    assertThat(imports).extracting(o -> o.source() + " " + o.value())
        .containsExactly("comtrade-AFG 500.0", "comtrade-PAK 520.0");
    assertThat(r.sources()).extracting(Source::id).containsExactly("comtrade-PAK", "comtrade-AFG");
  }

  @Test
  void chaptersMonthsAndWorldTotalsAreRead() throws Exception {
    StatisticsReading r = read(SYNTHETIC);
    assertThat(value(r.observations(), "trade.exports.hs27", "PAK-AFG", "2022")).isEqualTo(250);
    assertThat(value(r.observations(), "trade.exports", "PAK-AFG", "2023-01")).isEqualTo(90);
    assertThat(value(r.observations(), "trade.world_exports", "PAK", "2022")).isEqualTo(30000);
    assertThat(r.indicators()).extracting(i -> i.id() + " | " + i.name()).containsExactly(
        "trade.exports.hs27 | Exports from the first country to the second: HS chapter 27 (Mineral fuels, oils, synthetic)");
  }

  @Test
  void documentedSkipsAreCounted() throws Exception {
    assertThat(read(SYNTHETIC).skipped()).containsExactly(
        java.util.Map.entry("records broken down by customs procedure, transport mode, supply mode or second partner", 1),
        java.util.Map.entry("records of Comtrade areas that are not countries (codes such as S19)", 1),
        java.util.Map.entry("records of commodity codes below an HS chapter", 1),
        java.util.Map.entry("records of flows other than export, import, re-export and re-import", 1));
  }

  @Test
  void aRecordOfTheWrongWidthIsRefused() {
    String line = SYNTHETIC.lines().skip(1).findFirst().orElseThrow();
    assertThat(problems(SYNTHETIC + line + "\"x\",\n")).containsExactly("trade.csv:14: record has 49 fields, the header has 47 (a Comtrade"
        + " download has one more, empty, for its trailing comma)");
  }

  @Test
  void aRepeatedRecordIsRefused() {
    String line = SYNTHETIC.lines().skip(1).findFirst().orElseThrow();
    assertThat(problems(SYNTHETIC + line + "\n")).containsExactly(
        "trade.csv:14: duplicate record for 2022 PAK X AFG TOTAL: first given on line 2");
  }

  @Test
  void anUnknownCountryCodeAndABadYearAndAFootnotedValueAreNamed() {
    String text = SYNTHETIC.replaceFirst("\"PAK\",\"Pakistan\",\"X\"", "\"PAQ\",\"Pakistan\",\"X\"")
        .replaceFirst("\"2022\",\"52\",\"2022\",\"0\",\"AFG\",\"Afghanistan\",\"M\"", "\"20X2\",\"52\",\"2022\",\"0\",\"AFG\",\"Afghanistan\",\"M\"")
        .replace("\"500000000\",\"0\"", "\"500,000,000 p\",\"0\"");
    assertThat(problems(text)).containsExactly(
        "trade.csv:2:reporterISO: unknown country code 'PAQ': not an ISO 3166-1 alpha-3 code (Comtrade areas have codes"
            + " with digits, such as W00 and S19, and are skipped)",
        "trade.csv:3:refYear: not a year: '20X2'",
        "trade.csv:4:primaryValue: value '500,000,000 p' carries a footnote mark; the import does not guess what it"
            + " means: remove the mark and put its meaning in a note, or leave the cell empty");
  }

  @Test
  void aHeaderWithoutComtradeColumnsIsRefused() {
    assertThat(problems("a,b\n\"1\",\"2\",\n")).hasSize(9).first().asString()
        .isEqualTo("trade.csv:1:typeCode: missing column 'typeCode' (expected a UN Comtrade header: typeCode,freqCode,"
            + "refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,...)");
  }
}
