package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics import commands on synthetic files (invented numbers) and a workspace of their own. */
class StatisticsCommandsTest {

  @TempDir
  static Path dir;

  static String ws;

  static final String COMTRADE_HEADER = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
      + "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,"
      + "classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,"
      + "customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,"
      + "altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,"
      + "fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

  /** A synthetic Comtrade record: 47 quoted fields and the download's trailing comma. */
  static String comtrade(int year, String reporter, String flow, String partner, String value) {
    String[] f = new String[47];
    java.util.Arrays.fill(f, "");
    f[0] = "C";
    f[1] = "A";
    f[3] = Integer.toString(year);
    f[5] = Integer.toString(year);
    f[7] = reporter;
    f[9] = flow;
    f[12] = partner;
    f[20] = "TOTAL";
    f[24] = "C00";
    f[27] = "0";
    f[43] = value;
    StringBuilder b = new StringBuilder();
    for (String s : f) {
      b.append(s.isEmpty() ? "" : "\"" + s + "\"").append(',');
    }
    return b.toString();
  }

  @BeforeAll
  static void createWorkspace() {
    ws = dir.resolve("ws").toString();
    assertThat(CliRun.of("sources", "--workspace", ws).code()).isZero();
  }

  @Test
  void importFileDetectsUnhcrAndSeriesShowsTheOfficialFigures() throws IOException {
    Path f = dir.resolve("population.csv");
    Files.writeString(f, """
        Extracted:,"United Nations High Commissioner for Refugees"
        "SYNTHETIC fixture"
        Year,"Country of origin","Country of origin (ISO)","Country of asylum","Country of asylum (ISO)","Refugees under UNHCR's mandate",Asylum-seekers
        2020,Afghanistan,AFG,Pakistan,PAK,1000,10
        2021,Afghanistan,AFG,Pakistan,PAK,1100,11
        """);
    CliRun r = CliRun.of("import", f.toString(), "--workspace", ws);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("population.csv: read as unhcr");
    assertThat(r.out()).contains("population.csv: 4 added, 0 replaced, 0 unchanged; sources: 1 added (unhcr, 2 records read)");
    CliRun again = CliRun.of("import", "unhcr", f.toString(), "--workspace", ws);
    assertThat(again.out()).contains("0 added, 0 replaced, 4 unchanged");
    CliRun series = CliRun.of("series", "refugees.asylum_seekers", "--subject", "PAK", "--workspace", ws);
    assertThat(series.code()).as(series.err()).isZero();
    assertThat(series.out()).contains("  2021     11       1      +10%").contains("unhcr-rdf");
  }

  @Test
  void aUserIndicatorByQuarterIsImportedAndSummedToCompleteYears() throws IOException {
    Path wsDir = dir.resolve("ws-user");
    Files.createDirectories(wsDir);
    Files.writeString(wsDir.resolve("indicators.csv"), "id,name,unit,family,combine,min,max\n"
        + "returns.deportations,People deported to the second country,count,returns,sum,0,\n");
    Path f = dir.resolve("deportations.csv");
    Files.writeString(f, """
        indicator,dyad,subject,period,value,unit,status,source,reported_by,note
        returns.deportations,PAK-AFG,PAK,2023-Q1,10,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2023-Q2,20,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2023-Q3,30,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2023-Q4,40,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2024-Q1,50,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2022-Q1,1,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2022-Q2,2,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2022-Q3,3,count,observed,unhcr-2023,,synthetic
        returns.deportations,PAK-AFG,PAK,2022-Q4,4,count,observed,unhcr-2023,,synthetic
        """);
    CliRun imp = CliRun.of("import", f.toString(), "--workspace", wsDir.toString());
    assertThat(imp.code()).as(imp.err()).isZero();
    assertThat(imp.err()).contains("read as indicators");
    CliRun series = CliRun.of("series", "returns.deportations", "--workspace", wsDir.toString());
    assertThat(series.code()).as(series.err()).isZero();
    assertThat(series.out()).contains("  2022     10").contains("  2023    100").doesNotContain("2024");
  }

  @Test
  void mirrorWithoutTradeFiguresSaysWhatToImportAndPrintsNothing() {
    CliRun r = CliRun.of("mirror", "--dyad", "IND-CHN", "--workspace", dir.resolve("ws-no-trade").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("dyadscope: no trade figures reported by IND or CHN for IND-CHN (import a UN Comtrade"
        + " or IMF DOTS file with: dyadscope import comtrade|imf-dots FILE --dyad IND-CHN)\n");
  }

  @Test
  void officialWithoutStatisticsSaysWhatToImportAndPrintsNothing() {
    CliRun r = CliRun.of("official", "--dyad", "IND-CHN", "--workspace", dir.resolve("ws-no-statistics").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("dyadscope: no official statistics for IND-CHN in the workspace: import some with"
        + " 'dyadscope import unhcr|wdi|comtrade FILE', or keep a forecast with 'dyadscope forecast INDICATOR --keep'\n");
  }

  @Test
  void allSourcesListsEveryFigureAndWhichTheSeriesUses() {
    CliRun r = CliRun.of("series", "trade.total", "--all-sources", "--workspace", ws);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Every source's figure (rule: Which of several facts");
  }

  static String wide(String code, int from, int to) {
    StringBuilder b = new StringBuilder("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
    for (int y = from; y <= to; y++) {
      b.append(",\"").append(y).append('"');
    }
    b.append(",\n\"Pakistan\",\"PAK\",\"Synthetic level (units)\",\"").append(code).append('"');
    for (int y = from; y <= to; y++) {
      b.append(",\"").append(100 + 3 * (y - 2000) + (y % 2)).append('"');
    }
    return b.append(",\n").toString();
  }

  @Test
  void aKeptForecastIsScoredOnceItsPeriodIsObserved() throws IOException {
    String w = dir.resolve("ws-keep").toString();
    Path before = dir.resolve("keep-before.csv");
    Files.writeString(before, wide("XX.KEEP", 2000, 2009));
    assertThat(CliRun.of("import", "wdi", before.toString(), "--workspace", w).code()).isZero();
    CliRun f = CliRun.of("forecast", "wdi.xx.keep", "--subject", "PAK", "--keep", "--workspace", w);
    assertThat(f.code()).as(f.err()).isZero();
    assertThat(f.out()).contains("target 2010").contains("Kept in ");
    Path after = dir.resolve("keep-after.csv");
    Files.writeString(after, wide("XX.KEEP", 2000, 2010));
    assertThat(CliRun.of("import", "wdi", after.toString(), "--workspace", w).code()).isZero();
    CliRun o = CliRun.of("official", "--workspace", w);
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("Outturn scorecard: projections against what was observed")
        .containsPattern("wdi\\.xx\\.keep +PAK +2010 +dyadscope +\\d+(\\.\\d+)? +\\d.* to .*130 \\(World Bank\\) .*yes")
        .contains("Only dyadscope can be scored (1 projection");
  }

  @Test
  void aBadFileIsRefusedWithFileLineAndColumn() throws IOException {
    Path f = dir.resolve("bad-wdi.csv");
    Files.writeString(f, """
        "Country Name","Country Code","Indicator Name","Indicator Code","2020","Total",
        "Pakistan","PAK","Synthetic (count)","XX.SYN","1","2",
        """);
    CliRun r = CliRun.of("import", "wdi", f.toString(), "--workspace", ws);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad-wdi.csv:1:total: column 6 of the header is not a year: 'total'");
  }

  @Test
  void comtradeFiguresGiveTheMirrorTableAndForecastWorksOnAWorldBankCode() throws IOException {
    Path c = dir.resolve("trade.csv");
    Files.writeString(c, COMTRADE_HEADER + "\n" + comtrade(2022, "PAK", "X", "AFG", "1000000000") + "\n"
        + comtrade(2022, "AFG", "M", "PAK", "1500000000") + "\n");
    CliRun imp = CliRun.of("import", "comtrade", c.toString(), "--workspace", ws);
    assertThat(imp.code()).as(imp.err()).isZero();
    CliRun m = CliRun.of("mirror", "--workspace", ws);
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.out()).contains("PAK -> AFG", "1,000 (comtrade-PAK)", "1,500 (comtrade-AFG)", "1.50", "FLAG")
        .contains("2022 PAK -> AFG: AFG's reported imports are 50.0% above PAK's reported exports");

    Path w = dir.resolve("wdi.csv");
    StringBuilder b = new StringBuilder("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
    for (int y = 2000; y < 2012; y++) {
      b.append(",\"").append(y).append('"');
    }
    b.append(",\n\"Pakistan\",\"PAK\",\"Synthetic level (units)\",\"XX.LVL\"");
    for (int y = 2000; y < 2012; y++) {
      b.append(",\"").append(100 + 3 * (y - 2000) + (y % 2)).append('"');
    }
    Files.writeString(w, b.append(",\n").toString());
    assertThat(CliRun.of("import", w.toString(), "--workspace", ws).code()).isZero();
    CliRun f = CliRun.of("forecast", "wdi.xx.lvl", "--subject", "PAK", "--workspace", ws);
    assertThat(f.code()).as(f.err()).isZero();
    assertThat(f.out()).contains("target 2012").contains("backtest mean absolute error, last value")
        .contains("backtest mean absolute error, linear trend").contains("backtest mean absolute error, damped trend");
  }
}
