package io.dyadscope.store;

import io.dyadscope.evidence.imports.*;
import io.dyadscope.importers.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.TestData;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way an import file can be wrong, with the exact message. All imports here fail, so one
 * workspace, loaded once with {@link TestData} (sources sbp-2023, unhcr-2023, paper-2025), serves
 * every test.
 */
class IndicatorImporterValidationTest {

  private static final String H = "indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n";

  @TempDir static Path dir;
  static Workspace ws;

  @BeforeAll
  static void load() throws Exception {
    ws = Workspace.open(dir);
    TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void valueMustBeAPlainNumber() {
    assertThat(problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2023,abc,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2019,1.4m,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2020,N/A,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2021,1e3,,observed,sbp-2023,,\n")).containsExactly(
        "obs.csv:3:value: not a number: 'abc'",
        "obs.csv:4:value: not a number: '1.4m'",
        "obs.csv:5:value: not a number: 'N/A'",
        "obs.csv:6:value: not a number: '1e3'");
  }

  @Test
  void indicatorMustBeInTheCatalogue() {
    assertThat(problems(H + "trade.totl,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,\n"))
        .containsExactly("obs.csv:2:indicator: unknown indicator 'trade.totl'");
  }

  @Test
  void dyadMustBeTwoKnownAlpha3Codes() {
    assertThat(problems(H
        + "trade.total,PAK_AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,\n"
        + "trade.total,PAK-QQQ,PAK,2022,1900,,observed,sbp-2023,,\n")).containsExactly(
        "obs.csv:2:dyad: not a dyad (expected two ISO alpha-3 codes such as PAK-AFG): 'PAK_AFG'",
        "obs.csv:3:dyad: unknown country code 'QQQ' in dyad PAK-QQQ");
  }

  @Test
  void subjectMustBelongToTheDyad() {
    assertThat(problems(H
        + "trade.total,PAK-AFG,IND,2022,1900,,observed,sbp-2023,,\n"
        + "refugees.share,PAK-AFG,IN-MH,2024,60,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,pak afg,2022,1900,,observed,sbp-2023,,\n")).containsExactly(
        "obs.csv:2:subject: subject country IND is not in dyad PAK-AFG",
        "obs.csv:3:subject: province IN-MH is not in dyad PAK-AFG",
        "obs.csv:4:subject: subject must be a code such as PAK, PK-KP or CPEC: 'pak afg'");
  }

  @Test
  void periodMustBeAYearOrMonth() {
    assertThat(problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2024-13,1900,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,FY2024,1900,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,1700,1900,,observed,sbp-2023,,\n")).containsExactly(
        "obs.csv:2:period: bad period '2024-13': month out of range 1-12: 13",
        "obs.csv:3:period: not a period (expected YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD): 'FY2024'",
        "obs.csv:4:period: bad period '1700': year out of range 1800-2200: 1700");
  }

  @Test
  void statusMustBeKnown() {
    assertThat(problems(H + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,estimate,sbp-2023,,\n"))
        .containsExactly("obs.csv:2:status: unknown status 'estimate' (expected observed, reported or projection)");
  }

  @Test
  void sourceAndReportingSourceMustBeInTheWorkspace() {
    assertThat(problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,wb-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2021,1200,,reported,sbp-2023,dawn,\n")).containsExactly(
        "obs.csv:2:source: unknown source 'wb-2023': not in the workspace (give a sources file that lists it)",
        "obs.csv:3:reported_by: unknown source 'dawn': not in the workspace (give a sources file that lists it)");
  }

  @Test
  void sourceMustBeInTheSourcesFileOrTheWorkspace() {
    String src = "id,citation,publisher,kind,grade,year,url\nwb-2023,World Bank (2023),World Bank,io,A,2023,\n";
    assertThat(problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,wb-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2021,1200,,observed,adb-2023,,\n", src)).containsExactly(
        "obs.csv:3:source: unknown source 'adb-2023': not in src.csv nor the workspace");
  }

  @Test
  void valueMustLieInTheIndicatorsBoundsAfterConversion() {
    assertThat(problems(H
        + "refugees.share,PAK-AFG,PK-KP,2024,120,percent,projection,paper-2025,,\n"
        + "refugees.registered,PAK-AFG,PAK,2024,-5,,projection,paper-2025,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2024,-1,USD billion,projection,paper-2025,,\n")).containsExactly(
        "obs.csv:2:value: share 120 over 100 for refugees.share",
        "obs.csv:3:value: negative value -5 for refugees.registered, which cannot be negative",
        "obs.csv:4:value: negative value -1000 for trade.total, which cannot be negative");
  }

  @Test
  void unitMustBeTheIndicatorsUnitOrAScaleOfIt() {
    assertThat(problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,EUR million,observed,sbp-2023,,\n"
        + "refugees.registered,PAK-AFG,PAK,2023,1.4,percent,reported,unhcr-2023,,\n"
        + "refugees.share,PAK-AFG,PK-KP,2024,60,count,projection,paper-2025,,\n")).containsExactly(
        "obs.csv:2:unit: unit 'EUR million' is not the unit of trade.total (USD million)"
            + " nor one of its scales (USD, USD thousand, USD billion)",
        "obs.csv:3:unit: unit 'percent' is not the unit of refugees.registered (count)"
            + " nor one of its scales (thousand, million)",
        "obs.csv:4:unit: unit 'count' is not the unit of refugees.share (percent)");
  }

  @Test
  void duplicateKeyNamesBothLines() {
    assertThat(problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,reported,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2022,1.9,USD billion,observed,sbp-2023,,\n")).containsExactly(
        "obs.csv:4: duplicate key: lines 2 and 4 both give trade.total|PAK-AFG|PAK-AFG|2022|observed|sbp-2023||");
  }

  @Test
  void headerWithUnknownAndMissingColumns() {
    assertThat(problems("indicator,dyad,subject,period,value,unit,status,source,reported_by,comment\n"
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,\n")).containsExactly(
        "obs.csv:1:comment: unknown column 'comment' (expected indicator, dyad, subject, period, value, unit,"
            + " status, source, reported_by, note, location)",
        "obs.csv:1:note: missing column 'note'");
  }

  @Test
  void headerWithAColumnTwice() {
    assertThat(problems("indicator,dyad,subject,period,value,unit,status,source,reported_by,note,value\n"))
        .containsExactly("obs.csv:1:value: column 'value' appears twice in the header");
  }

  @Test
  void recordOfTheWrongWidth() {
    assertThat(problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2021,1200,,observed,sbp-2023\n")).containsExactly(
        "obs.csv:3: record has 8 fields, the header has 10");
  }

  @Test
  void everyEmptyRequiredFieldIsReported() {
    assertThat(problems(H + ",,,,,,,,,\n")).containsExactly(
        "obs.csv:2:indicator: empty; a value is required",
        "obs.csv:2:dyad: empty; a value is required",
        "obs.csv:2:subject: empty; a value is required",
        "obs.csv:2:period: empty; a value is required",
        "obs.csv:2:value: empty; a value is required",
        "obs.csv:2:status: empty; a value is required",
        "obs.csv:2:source: empty; a value is required");
  }

  @Test
  void everyBadFieldOfARecordIsReported() {
    assertThat(problems(H + "trade.volume,PAK-AFG,PAK-AFG,2022-00,1900,,observd,sbp-2023,,\n")).containsExactly(
        "obs.csv:2:indicator: unknown indicator 'trade.volume'",
        "obs.csv:2:period: bad period '2022-00': month out of range 1-12: 0",
        "obs.csv:2:status: unknown status 'observd' (expected observed, reported or projection)");
  }

  @Test
  void linesArePhysicalLinesAcrossBlankLinesAndQuotedLineBreaks() {
    assertThat(problems(H
        + "\n"
        + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,\"a note\r\non two lines\"\r\n"
        + "trade.total,PAK-AFG,PAK-AFG,2023,x,,observed,sbp-2023,,\r\n")).containsExactly(
        "obs.csv:5:value: not a number: 'x'");
  }

  @Test
  void sourcesFileProblems() {
    String src = """
        id,citation,publisher,kind,grade,year,url
        wb-2023,World Bank (2023),World Bank,blog,A,2023,
        adb 2023,ADB (2023),Asian Development Bank,international organisation,B,2023,
        wb-2023,World Bank (2023),World Bank,international organisation,G,23,
        eco,,ECO Secretariat,official,C,,
        """;
    assertThat(problems(H + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,wb-2023,,\n", src)).containsExactly(
        "src.csv:2:kind: unknown source kind 'blog' (expected official, international organisation, think tank,"
            + " scholarly, news, dataset or survey)",
        "src.csv:3:id: source id may hold letters, digits, '.', '_' and '-': 'adb 2023'",
        "src.csv:4:id: duplicate source id 'wb-2023': lines 2 and 4",
        "src.csv:4:grade: unknown grade 'G' (expected A to F)",
        "src.csv:4:year: not a year: '23'",
        "src.csv:5:citation: empty; every source needs a citation");
  }

  @Test
  void emptyFileNeedsAHeader() {
    assertThat(problems("")).containsExactly(
        "obs.csv:1: empty file; expected a header line: indicator,dyad,subject,period,value,unit,status,source,"
            + "reported_by,note");
  }

  @Test
  void malformedQuotingIsReportedAtItsRecord() {
    List<String> p = problems(H
        + "trade.total,PAK-AFG,PAK-AFG,2021,1200,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2022,\"19\"00,,observed,sbp-2023,,\n");
    assertThat(p).hasSize(1);
    assertThat(p.get(0)).startsWith("obs.csv:3: malformed CSV from this line on: ");
  }

  @Test
  void problemsAreCappedAtAHundred() {
    StringBuilder obs = new StringBuilder(H);
    for (int year = 1850; year < 2000; year++) {
      obs.append("trade.total,PAK-AFG,PAK-AFG,").append(year).append(",?,,observed,sbp-2023,,\n");
    }
    ImportException e = failure(obs.toString(), null);
    assertThat(e.problems()).hasSize(100);
    assertThat(e.truncated()).isTrue();
    assertThat(e.problems().get(99).toString()).isEqualTo("obs.csv:101:value: not a number: '?'");
    assertThat(e.getMessage()).startsWith("nothing imported: more than 100 problems, the first 100 listed\n");
  }

  @Test
  void messageListsEveryProblem() {
    ImportException e = failure(H
        + "trade.total,PAK-AFG,PAK-AFG,2022,abc,,observed,sbp-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2023,1900,,guess,sbp-2023,,\n", null);
    assertThat(e.getMessage()).isEqualTo("""
        nothing imported: 2 problems
        obs.csv:2:value: not a number: 'abc'
        obs.csv:3:status: unknown status 'guess' (expected observed, reported or projection)""");
  }

  @Test
  void failedImportLeavesTheWorkspaceUnchanged() {
    long count = ws.observationCount();
    Map<String, Source> sources = ws.sources();
    int imports = ws.imports().size();
    String src = "id,citation,publisher,kind,grade,year,url\nwb-2023,World Bank (2023),World Bank,io,A,2023,\n";
    failure(H
        + "trade.total,PAK-AFG,PAK-AFG,2018,1500,,observed,wb-2023,,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2022,2500,,reported,sbp-2023,paper-2025,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2023,lots,,observed,wb-2023,,\n", src);
    assertThat(ws.observationCount()).isEqualTo(count);
    assertThat(ws.sources()).isEqualTo(sources);
    assertThat(ws.imports()).hasSize(imports);
    assertThat(ws.observations(ObservationQuery.all().indicator("trade.total").subject("PAK-AFG")
        .from(Period.ofYear(2022)).to(Period.ofYear(2022))))
        .singleElement().extracting(o -> o.value()).isEqualTo(1900.0);
  }

  @Test
  void fileThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, (H + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,Peshawar\n"
        + "trade.total,PAK-AFG,PAK-AFG,2023,1900,,observed,sbp-2023,,Quetta caf\u00e9\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    try {
      TestData.importer(ws).importFiles(file, null);
      fail("a Latin-1 file was imported");
    } catch (ImportException e) {
      int offset = (H + "trade.total,PAK-AFG,PAK-AFG,2022,1900,,observed,sbp-2023,,Peshawar\n"
          + "trade.total,PAK-AFG,PAK-AFG,2023,1900,,observed,sbp-2023,,Quetta caf").length();
      assertThat(e.problems()).extracting(ImportProblem::toString)
          .containsExactly(file + ":3: not UTF-8 text (bad byte at offset " + offset + ")");
    }
  }

  private static List<String> problems(String obs) {
    return problems(obs, null);
  }

  private static List<String> problems(String obs, String srcOrNull) {
    return failure(obs, srcOrNull).problems().stream().map(ImportProblem::toString).toList();
  }

  private static ImportException failure(String obs, String srcOrNull) {
    try {
      ImportSummary s = TestData.load(ws, obs, srcOrNull);
      throw new AssertionError("import should have failed but gave " + s.describe());
    } catch (ImportException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
