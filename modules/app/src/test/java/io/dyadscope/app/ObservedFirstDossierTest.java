package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.app.events.EventImportService;
import io.dyadscope.app.events.SecurityIndicatorService;
import io.dyadscope.app.statistics.StatisticsImporter;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.ThemeSection;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.importers.IndicatorImporter;
import io.dyadscope.importers.Progress;
import io.dyadscope.store.Workspace;
import io.dyadscope.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default workspace with real primary data beside the paper's figures, loaded through the
 * importers a user runs: UNHCR (Refugee Data Finder export), the World Bank's WDI files for both
 * countries, UCDP GED events with the yearly security indicators derived from them, and IMF DOTS
 * bilateral trade (both reporters, exports FOB and imports CIF; the real long CSV converted row by row
 * into the tidy indicator format here, as no IMF importer exists on this branch). The dossier must lead
 * with these series and check the paper's figures against them, with the pack's own numbers.
 */
class ObservedFirstDossierTest {

  private static final Dyad D = Dyad.parse("PAK-AFG");

  @TempDir
  static Path dir;

  static Dossier dossier;

  /** The real files the dossier is built on, under {@code shared/}. */
  static final List<String> FILES = List.of("data/real/unhcr/population-2015-2023.csv", "data/real/wdi-afg-pak",
      "data/real/imf-dots/afg-pak-bilateral-trade-imf-dots-1960-2020.csv", "data/real/ucdp/ged-pakistan-hdx.csv");

  @BeforeAll
  static void buildTheDossierOnRealData() throws Exception {
    if (!FILES.stream().allMatch(SharedData::present)) {
      return;   // each test is then skipped by requireTheFiles, rather than the class reported as zero tests
    }
    Path ws = dir.resolve("ws");
    try (Workspace w = DefaultDataset.standard().openWorkspace(ws)) {
      StatisticsImporter.standard().importFile(w, StatisticsFormats.UNHCR, SharedData.data("real/unhcr/population-2015-2023.csv"),
          List.of(D), Progress.NONE);
      try (Stream<Path> files = Files.list(SharedData.data("real/wdi-afg-pak"))) {
        for (Path f : files.filter(p -> p.getFileName().toString().startsWith("API_")).sorted().toList()) {
          StatisticsImporter.standard().importFile(w, StatisticsFormats.WDI, f, List.of(D), Progress.NONE);
        }
      }
      Path[] imf = imfAsTidy(SharedData.data("real/imf-dots/afg-pak-bilateral-trade-imf-dots-1960-2020.csv"));
      new IndicatorImporter(w, IndicatorCatalogue.standard(), Gazetteer.standard()).importFiles(imf[0], imf[1]);
      new EventImportService(w).run(new EventImportService.Request(List.of(SharedData.data("real/ucdp/ged-pakistan-hdx.csv")),
          null, false, null, D, false), null);
      new SecurityIndicatorService(w).derive(D, EventRules.standard());
    }
    Application app = new Application(new WorkspaceAccess(ws, WorkspaceAccess.DEFAULT_PATIENCE, null));
    dossier = app.reports().build(new ReportService.Request(D, null, null, null));
  }

  @BeforeEach
  void requireTheFiles() {
    FILES.forEach(SharedData::require);
  }

  /**
   * The IMF file's rows as tidy observations: reporter PAK's exports (FOB) are the flow PAK to AFG
   * ({@code trade.exports}), its imports (CIF) the flow AFG to PAK ({@code trade.imports}); reporter AFG's
   * imports are the flow PAK to AFG and its exports the flow AFG to PAK. One source per reporter.
   */
  static Path[] imfAsTidy(Path real) throws IOException {
    StringBuilder obs = new StringBuilder("indicator,dyad,subject,period,value,unit,status,source,reported_by,location,note\n");
    List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      boolean pak = f[0].equals("PAK");
      boolean exports = f[2].equals("exports_fob");
      String indicator = pak == exports ? "trade.exports" : "trade.imports";
      obs.append(indicator).append(",PAK-AFG,PAK-AFG,").append(f[3]).append(',').append(f[4])
          .append(",USD million,observed,imf-dots-").append(f[0]).append(",,,")
          .append(f[2]).append(f[5].isEmpty() ? "" : "; IMF estimate").append('\n');
    }
    Path o = dir.resolve("imf-observations.csv");
    Path s = dir.resolve("imf-sources.csv");
    Files.writeString(o, obs.toString());
    Files.writeString(s, "id,citation,publisher,kind,grade,year,url\n"
        + "imf-dots-PAK,\"IMF Direction of Trade Statistics, reporter Pakistan\",International Monetary Fund,"
        + "international organisation,A,2021,https://data.imf.org\n"
        + "imf-dots-AFG,\"IMF Direction of Trade Statistics, reporter Afghanistan\",International Monetary Fund,"
        + "international organisation,A,2021,https://data.imf.org\n");
    return new Path[] {o, s};
  }

  private static ThemeSection theme(String id) {
    return dossier.themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> checkRow(String figure, String year) {
    GridTable t = dossier.primary().checks().get(0);
    return t.rows().stream().filter(r -> r.get(0).equals(figure) && r.get(1).equals(year)).findFirst().orElseThrow();
  }

  @Test
  void theSummaryOpensWithTheObservedSeries() {
    assertThat(dossier.summary().get(0)).startsWith("First-hand, the workspace holds 997 observed values for Pakistan"
        + " and Afghanistan in 31 yearly series from 7 sources: security and counterterrorism from Uppsala Conflict"
        + " Data Program [ucdp-ged], The GDELT Project [gdelt-events] and World Bank 2025 [wb-wdi] (1989 to 2023),"
        + " trade and economic cooperation from International Monetary Fund 2021 [imf-dots-AFG], International"
        + " Monetary Fund [imf-dots-AFG-e], International Monetary Fund 2021 [imf-dots-PAK] and World Bank 2025"
        + " [wb-wdi] (1960 to 2024), refugees from UNHCR 2024 [unhcr-rdf] (1979 to 2025)");
    assertThat(dossier.summary().get(1)).isEqualTo("Of the 15 reported figures the documents give, 1 agrees with"
        + " the observed data within 10%, 3 differ and 11 cannot be checked; each is listed with the observed value"
        + " and the difference.");
    assertThat(dossier.summary().get(2)).contains("1,041 distinct facts", "stated in 1,062 stored observations");
  }

  @Test
  void thePapersTradeFigureFor2019IsCheckedAgainstBothReporters() {
    assertThat(checkRow("Total bilateral trade between Pakistan and Afghanistan", "2019")).containsExactly(
        "Total bilateral trade between Pakistan and Afghanistan", "2019", "USD 1,700 million",
        "afg-cso-2023; sbp-2023 in jssa-2025", "Introduction",
        "USD 1,356 million [imf-dots-AFG]; USD 1,767 million [imf-dots-PAK]",
        "+344 (+25%) [imf-dots-AFG]; -67 (-3.8%) [imf-dots-PAK]", "agrees");
    assertThat(dossier.primary().verdicts()).contains("Right: Journal for Social Science Archives 2025 gives total"
        + " bilateral trade between Pakistan and Afghanistan of USD 1,700 million for 2019; International Monetary"
        + " Fund 2021 [imf-dots-AFG] (Afghanistan's report) shows USD 1,356 million (the sum of the two flows as"
        + " one reporter records them) and International Monetary Fund 2021 [imf-dots-PAK] (Pakistan's report) shows"
        + " USD 1,767 million (the sum of the two flows as one reporter records them), a difference of +344 (+25%) and"
        + " -67 (-3.8%); within 10% of [imf-dots-PAK].");
  }

  @Test
  void tradeAfterTheLastObservedYearCannotBeChecked() {
    assertThat(dossier.primary().verdicts()).contains("Cannot be checked, no observed value for the year (observed:"
        + " [imf-dots-AFG] 1960 to 2020; [imf-dots-AFG-e] 1982 to 1999; [imf-dots-PAK] 1960 to 2020): total bilateral trade between Pakistan and"
        + " Afghanistan 2021; total bilateral trade between Pakistan and Afghanistan 2022.");
  }

  @Test
  void thePapersRefugeeFigureRepeatedFiveTimesIsOneFactThatDiffersFromUnhcr() {
    assertThat(checkRow("Registered refugees from Afghanistan hosted by Pakistan", "2023")).containsExactly(
        "Registered refugees from Afghanistan hosted by Pakistan", "2023", "1.42 million", "unhcr-2023 in jssa-2025",
        "Introduction; Discussion (constructivism); Literature Review; Results (refugees); Theoretical Background"
            + " (5 mentions)", "1.99 million [unhcr-rdf]", "-567,717 (-29%) [unhcr-rdf]", "differs");
  }

  @Test
  void everyThemeLeadsWithItsObservedSeries() {
    assertThat(theme("trade").observed()).anySatisfy(l -> assertThat(l).startsWith("Exports from Pakistan to"
        + " Afghanistan, as International Monetary Fund 2021 [imf-dots-PAK] records it: "));
    assertThat(theme("trade").observed()).anySatisfy(l -> assertThat(l).startsWith("Mirror gap, Pakistan to"
        + " Afghanistan: "));
    assertThat(theme("refugees").observed()).anySatisfy(l -> assertThat(l).startsWith("Registered refugees from"
        + " Afghanistan hosted by Pakistan, as "));
    assertThat(theme("security").observed()).anySatisfy(l -> assertThat(l).startsWith("Security incidents reported"
        + " between Pakistan and Afghanistan, as "));
    assertThat(theme("perception").observed()).containsExactly("No observed series for this theme: the figures"
        + " below were passed on by documents or are published projections.");
  }

  @Test
  void theForecastTableShowsTheBacktestAndTheHorizon() {
    GridTable t = dossier.primary().forecasts().get(0);
    List<String> row = t.rows().stream().filter(r -> r.get(0).equals("imf-dots-PAK")
        && r.get(1).equals("Exports from Pakistan to Afghanistan")).findFirst().orElseThrow();
    assertThat(row).containsExactly("imf-dots-PAK", "Exports from Pakistan to Afghanistan", "2020 (60 points)", "4",
        "USD 871 million", "USD 334–1,408 million", "USD 49–1,692 million", "last value",
        "last value (chosen) USD 142 million; linear trend USD 259 million; damped trend USD 147 million",
        "USD 142 million", "76 of 159 (48%)", "107 of 159 (67%)");
    assertThat(dossier.primary().horizons()).anySatisfy(h -> assertThat(h).startsWith("2024 is four steps ahead of"
        + " the last observation, 2020: exports from Pakistan to Afghanistan [imf-dots-AFG]; "));
  }
}
