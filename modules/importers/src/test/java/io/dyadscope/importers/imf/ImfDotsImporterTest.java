package io.dyadscope.importers.imf;

import static io.dyadscope.importers.Fixtures.PAK_AFG;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsReading;
import io.dyadscope.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImfDotsImporterTest {

  private static final String CSV_HEADER = "reporter_iso3,partner_iso3,flow,year,value_usd_millions,imf_estimate\n";
  private final ImfDotsImporter importer = new ImfDotsImporter(Gazetteer.standard(), IndicatorCatalogue.standard());

  private StatisticsReading workbook(String name) throws Exception {
    return importer.readWorkbook(name, Files.readAllBytes(SharedData.data("real/imf-dots/" + name)), PAK_AFG);
  }

  private static Observation one(StatisticsReading r, String indicator, String source, String year) {
    List<Observation> m = r.observations().stream().filter(o -> o.indicator().equals(indicator)
        && o.source().equals(source) && o.period().toString().equals(year)).toList();
    assertThat(m).as(indicator + " " + source + " " + year).hasSize(1);
    return m.get(0);
  }

  private List<String> problems(String csv) {
    try {
      importer.read("dots.csv", csv, PAK_AFG, Progress.NONE);
      throw new AssertionError("expected the file to be refused");
    } catch (ImportException e) {
      return e.problems().stream().map(ImportProblem::toString).toList();
    }
  }

  @Test
  void pakistansWorkbookGivesItsExportsFobAndImportsCifAsItsOwnSource() throws Exception {
    StatisticsReading r = workbook("DOTS_151.xlsx");
    // DOTS_151.xlsx, partner row "Afghanistan, Islamic Rep. of": exports 1960 3.4, 2020 870.871962; imports 2020 517.434218
    assertThat(one(r, "trade.exports", "imf-dots-PAK", "1960").value()).isEqualTo(3.4);
    assertThat(one(r, "trade.exports", "imf-dots-PAK", "2020").value()).isEqualTo(870.871962);
    assertThat(one(r, "trade.imports", "imf-dots-PAK", "2020").value()).isEqualTo(517.434218);
    assertThat(one(r, "trade.imports", "imf-dots-PAK", "2020").note())
        .isEqualTo("IMF DOTS: PAK reports imports from AFG (CIF); DOTS_151.xlsx, sheet 'Imports, CIF', cell BK113");
    assertThat(r.observations()).hasSize(60 + 61);
    assertThat(r.sources()).extracting(Source::id).containsExactly("imf-dots-PAK");
    assertThat(r.observations()).allMatch(o -> o.subject().equals("PAK-AFG") && o.unit().equals("USD million"));
  }

  @Test
  void afghanistansFiguresTheImfEstimatedCiteTheImfNotAfghanistan() throws Exception {
    StatisticsReading r = workbook("DOTS_1.xlsx");
    // DOTS_1.xlsx, partner row Pakistan: exports 1960 4.7; 1982 the text "47.43 e"; imports 2020 732.168656
    assertThat(one(r, "trade.imports", "imf-dots-AFG", "1960").value()).isEqualTo(4.7);
    Observation estimate = one(r, "trade.imports", "imf-dots-AFG-e", "1982");
    assertThat(estimate.value()).isEqualTo(47.43);
    assertThat(estimate.note()).contains("IMF estimate (e), not the reporter's own figure");
    assertThat(one(r, "trade.exports", "imf-dots-AFG", "2020").value()).isEqualTo(732.168656);
    assertThat(r.observations()).hasSize(60 + 55);
    assertThat(r.observations().stream().filter(o -> o.source().equals("imf-dots-AFG-e"))).hasSize(36);
    assertThat(r.sources()).extracting(Source::id).containsExactlyInAnyOrder("imf-dots-AFG", "imf-dots-AFG-e");
  }

  @Test
  void theLongCsvHoldsTheSameFiguresAsTheTwoWorkbooks() throws Exception {
    String csv = Files.readString(SharedData.data("real/imf-dots/afg-pak-bilateral-trade-imf-dots-1960-2020.csv"));
    StatisticsReading fromCsv = importer.read("dots.csv", csv, PAK_AFG, Progress.NONE);
    Set<String> csvFigures = figures(fromCsv.observations());
    Set<String> workbookFigures = figures(workbook("DOTS_1.xlsx").observations());
    workbookFigures.addAll(figures(workbook("DOTS_151.xlsx").observations()));
    assertThat(fromCsv.observations()).hasSize(236);
    assertThat(csvFigures).isEqualTo(workbookFigures);
  }

  private static Set<String> figures(List<Observation> obs) {
    return obs.stream().map(o -> o.indicator() + "|" + o.source() + "|" + o.period() + "|" + o.value())
        .collect(Collectors.toCollection(java.util.HashSet::new));
  }

  @Test
  void partnerRowsThatAreNotCountriesAreSkippedAndCounted() throws Exception {
    StatisticsReading r = workbook("DOTS_151.xlsx");
    assertThat(r.skipped().get("partner rows that name no country (World, the IMF's country groups, former countries)"))
        .isGreaterThan(2 * 20);
  }

  @Test
  void aBadFlowYearOrCodeRefusesTheFileNamingLineAndColumn() {
    assertThat(problems(CSV_HEADER + "PAK,AFG,exports,2020,1,\nPAK,AFG,exports_fob,20x0,1,\nPAK,AFX,imports_cif,2020,1,\n"
        + "PAK,AFG,imports_cif,2019,1,x\n")).containsExactly(
        "dots.csv:2:flow: flow 'exports' is neither exports_fob nor imports_cif",
        "dots.csv:3:year: not a year: '20x0'",
        "dots.csv:4:partner_iso3: unknown country code 'AFX': not an ISO 3166-1 alpha-3 code",
        "dots.csv:5:imf_estimate: imf_estimate is 'e' or empty, not 'x'");
  }

  @Test
  void aFigureGivenTwiceRefusesTheFile() {
    assertThat(problems(CSV_HEADER + "PAK,AFG,exports_fob,2020,1,\nPAK,AFG,exports_fob,2020,2,\n")).containsExactly(
        "dots.csv:3: duplicate figure for PAK exports to AFG in 2020: first given on line 2");
  }

  @Test
  void aWorkbookCellThatIsNeitherNumberNorEstimateIsNamedBySheetAndCell() throws Exception {
    // synthetic workbook in the DOTS layout, made here
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("Exports, FOB");
      s.createRow(1).createCell(1).setCellValue("Exports, FOB to Partner Countries");
      s.createRow(3).createCell(1).setCellValue("Pakistan");
      s.createRow(4).createCell(1).setCellValue("US Dollars, Millions");
      Row years = s.createRow(6);
      years.createCell(2).setCellValue("2019");
      years.createCell(3).setCellValue("2020");
      Row afg = s.createRow(7);
      afg.createCell(1).setCellValue("Afghanistan, Islamic Rep. of");
      afg.createCell(2).setCellValue(12.5);
      afg.createCell(3).setCellValue("n.a.");
      wb.write(out);
      bytes = out.toByteArray();
    }
    assertThat(StatisticsFormats.detect(bytes)).contains(StatisticsFormats.IMF_DOTS);
    try {
      importer.readWorkbook("synthetic.xlsx", bytes, PAK_AFG);
      throw new AssertionError("expected the workbook to be refused");
    } catch (ImportException e) {
      assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly("synthetic.xlsx:8:D8: sheet"
          + " 'Exports, FOB': not a value: 'n.a.' (expected a number or an IMF estimate such as '47.43 e')");
    }
  }

  @Test
  void theLongCsvIsDetectedByItsHeader() {
    assertThat(StatisticsFormats.detect((CSV_HEADER + "PAK,AFG,exports_fob,2020,1,\n").getBytes(StandardCharsets.UTF_8)))
        .contains(StatisticsFormats.IMF_DOTS);
    assertThat(StatisticsFormats.IMF_DOTS.word()).isEqualTo("imf-dots");
  }
}
