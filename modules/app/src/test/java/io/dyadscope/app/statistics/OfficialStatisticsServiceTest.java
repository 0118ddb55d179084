package io.dyadscope.app.statistics;

import io.dyadscope.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.app.DefaultDataset;
import io.dyadscope.dossier.official.OfficialCell;
import io.dyadscope.dossier.official.OfficialTable;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.importers.Progress;
import io.dyadscope.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialStatisticsServiceTest {

  private static final Dyad D = Dyad.parse("PAK-AFG");

  private static List<String> texts(List<OfficialCell> row) {
    return row.stream().map(OfficialCell::text).toList();
  }

  @Test
  void thePapersFiguresAloneGiveNoOfficialTables(@TempDir Path dir) {
    try (Workspace ws = DefaultDataset.standard().withoutPack().openWorkspace(dir)) {
      assertThat(OfficialStatisticsService.tables(ws, D)).isEmpty();
    }
  }

  @Test
  void theDefaultWorkspacesMirrorTableSetsEachImfReportBesideThePartnersWithoutEstimates(@TempDir Path dir) {
    try (Workspace ws = DefaultDataset.standard().openWorkspace(dir)) {
      OfficialTable mirror = OfficialStatisticsService.tables(ws, D).stream().filter(t -> t.id().equals("mirror-trade"))
          .findFirst().orElseThrow();
      // the pack's IMF DOTS 2020: PAK exports to AFG 870.871962 (PAK) and 732.168656 (AFG's imports)
      assertThat(mirror.rows().stream().map(OfficialStatisticsServiceTest::texts)
          .filter(r -> r.get(0).equals("PAK to AFG") && r.get(1).equals("2020")).toList()).singleElement()
          .satisfies(r -> assertThat(r.subList(2, 6)).containsExactly(
              "870.87 (Pakistan via the International Monetary Fund)",
              "732.17 (Afghanistan via the International Monetary Fund)", "-138.7", "0.84"));
      // 1982: Afghanistan's figure is an IMF estimate, neither a mirror report nor the study's figure
      assertThat(mirror.rows().stream().map(OfficialStatisticsServiceTest::texts)
          .filter(r -> r.get(0).equals("AFG to PAK") && r.get(1).equals("1982")).toList()).singleElement()
          .satisfies(r -> assertThat(r.subList(6, 8)).containsExactly("one side only", ""));
    }
  }

  @Test
  void afterTheRealUnhcrImportTheStudysRefugeeFiguresStandBesideTheOfficialSeries(@TempDir Path dir) throws Exception {
    Path file = SharedData.data("real/unhcr/population-2015-2023.csv");
    try (Workspace ws = DefaultDataset.standard().openWorkspace(dir)) {
      StatisticsImporter.standard().importFile(ws, StatisticsFormats.UNHCR, file, List.of(D), Progress.NONE);
      List<OfficialTable> tables = OfficialStatisticsService.tables(ws, D);
      OfficialTable refugees = tables.stream().filter(t -> t.id().equals("refugees-official")).findFirst().orElseThrow();
      assertThat(refugees.rows().stream().map(OfficialStatisticsServiceTest::texts)
          .filter(r -> r.get(0).equals("PAK") && r.get(1).equals("2023")).toList()).contains(
          List.of("PAK", "2023", "1,987,717", "1,420,000", "Journal for Social Science Archives 2025, Introduction",
              "-567,717", "-28.6%"),
          List.of("PAK", "2023", "1,987,717", "1,400,000", "Journal for Social Science Archives 2025, Literature Review",
              "-587,717", "-29.6%"));
      assertThat(refugees.rows().stream().map(OfficialStatisticsServiceTest::texts)
          .filter(r -> r.get(0).equals("PAK") && r.get(1).equals("2022")).toList())
          .containsExactly(List.of("PAK", "2022", "1,743,278", "", "", "", ""));
      OfficialTable many = tables.stream().filter(t -> t.id().equals("many-sources-refugees.registered-PAK"))
          .findFirst().orElseThrow();
      assertThat(many.rows().stream().map(OfficialStatisticsServiceTest::texts)
          .filter(r -> r.get(0).equals("2023") && r.get(4).equals("used")).toList()).singleElement()
          .satisfies(r -> assertThat(r.get(1)).isEqualTo("1,987,717"));
      assertThat(many.notes()).anySatisfy(n -> assertThat(n).startsWith("The projection is made from the values used."
          + " Backtest mean absolute error of each method (count): last value"));
    }
  }

  @Test
  void syntheticComtradeFiguresGiveAMirrorTableCitingBothReporters(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("trade.csv");
    Files.writeString(file, ComtradeText.HEADER + "\n" + ComtradeText.record(2022, "PAK", "X", "AFG", "1000000000")
        + "\n" + ComtradeText.record(2022, "AFG", "M", "PAK", "1100000000") + "\n");
    try (Workspace ws = DefaultDataset.standard().withoutPack().openWorkspace(dir.resolve("ws"))) {
      StatisticsImporter.standard().importFile(ws, StatisticsFormats.COMTRADE, file, List.of(D), Progress.NONE);
      OfficialTable mirror = OfficialStatisticsService.tables(ws, D).stream().filter(t -> t.id().equals("mirror-trade"))
          .findFirst().orElseThrow();
      assertThat(mirror.rows()).hasSize(1);
      assertThat(texts(mirror.rows().get(0)).subList(0, 7)).containsExactly("PAK to AFG", "2022",
          "1,000 (Pakistan national statistics office, via UN Comtrade)",
          "1,100 (Afghanistan national statistics office, via UN Comtrade)", "100", "1.10", "");
      assertThat(mirror.citations()).hasSize(2).allSatisfy(c -> assertThat(c).contains("as reported to UN Comtrade"));
    }
  }
}
