package io.dyadscope.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.CatalogueFile;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsSummary;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports into real DuckDB workspaces; the files written here are synthetic (invented numbers). */
class StatisticsImporterTest {

  static final List<Dyad> PAK_AFG = List.of(Dyad.parse("PAK-AFG"));

  static final String UNHCR = """
      Extracted:,"United Nations High Commissioner for Refugees"
      "SYNTHETIC fixture: invented numbers"
      Year,"Country of origin","Country of origin (ISO)","Country of asylum","Country of asylum (ISO)","Refugees under UNHCR's mandate",Asylum-seekers,"IDPs of concern to UNHCR","Other people in need of international protection","Stateless persons","Host Community","Others of concern"
      2021,Afghanistan,AFG,Pakistan,PAK,1000,10,0,-,0,0,1
      2022,Afghanistan,AFG,Pakistan,PAK,1200,20,0,-,0,0,2
      """;

  static final String WDI = """
      "Data Source","World Development Indicators",

      "Country Name","Country Code","Indicator Name","Indicator Code","2020","2021",
      "Pakistan","PAK","Synthetic indicator (current US$)","XX.SYN.CD","1","2",
      "World","WLD","Synthetic indicator (current US$)","XX.SYN.CD","3","4",
      """;

  private final StatisticsImporter importer = StatisticsImporter.standard();

  static Path write(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void reImportingAddsNothingAndAChangedValueIsReplacedAndListed(@TempDir Path tmp) throws Exception {
    Path file = write(tmp, "unhcr.csv", UNHCR);
    try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
      StatisticsSummary first = importer.importFile(ws, StatisticsFormats.UNHCR, file, PAK_AFG, Progress.NONE);
      assertThat(first.summary().added()).isEqualTo(6);
      assertThat(first.summary().sourcesAdded()).isEqualTo(1);
      StatisticsSummary again = importer.importFile(ws, StatisticsFormats.UNHCR, file, PAK_AFG, Progress.NONE);
      assertThat(again.summary().added()).isZero();
      assertThat(again.summary().unchanged()).isEqualTo(6);
      write(tmp, "unhcr.csv", UNHCR.replace("PAK,1200,", "PAK,1250,"));
      StatisticsSummary changed = importer.importFile(ws, StatisticsFormats.UNHCR, file, PAK_AFG, Progress.NONE);
      assertThat(changed.summary().replaced()).isEqualTo(1);
      assertThat(changed.describe()).anySatisfy(l -> assertThat(l).startsWith("  replaced o-")
          .endsWith("refugees.registered|PAK-AFG|PAK|2022|observed|unhcr-rdf||: 1,200 -> 1,250 count"));
      assertThat(ws.observationCount()).isEqualTo(6);
    }
  }

  @Test
  void aRefusedFileWritesNothing(@TempDir Path tmp) throws Exception {
    Path file = write(tmp, "unhcr.csv", UNHCR + "2023,Afghanistan,AFG,Pakistan,PAK,1.2m,0,0,-,0,0,0\n");
    try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
      assertThatThrownBy(() -> importer.importFile(ws, StatisticsFormats.UNHCR, file, PAK_AFG, Progress.NONE))
          .isInstanceOf(ImportException.class)
          .hasMessageEndingWith("unhcr.csv:6:Refugees under UNHCR's mandate: value '1.2m' carries a footnote mark; the"
              + " import does not guess what it means: remove the mark and put its meaning in a note, or leave the cell empty");
      assertThat(ws.observationCount()).isZero();
      assertThat(ws.sources()).isEmpty();
    }
  }

  @Test
  void worldBankCodesJoinTheWorkspaceCatalogue(@TempDir Path tmp) throws Exception {
    Path file = write(tmp, "wdi.csv", WDI);
    Path dir = tmp.resolve("ws");
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(StatisticsImporter.detect(file)).isEqualTo(StatisticsFormats.WDI);
      StatisticsSummary s = importer.importFile(ws, StatisticsFormats.WDI, file, PAK_AFG, Progress.NONE);
      assertThat(s.summary().added()).isEqualTo(2);
      assertThat(s.skipped()).containsValue(1);
      assertThat(ws.observations(ObservationQuery.all().indicator("wdi.xx.syn.cd"))).extracting(Observation::value)
          .containsExactly(1.0, 2.0);
    }
    IndicatorCatalogue c = WorkspaceCatalogue.load(dir);
    assertThat(c.get("wdi.xx.syn.cd").name()).isEqualTo("Synthetic indicator (current US$)");
    assertThat(c.get("wdi.xx.syn.cd").unit()).isEqualTo("current US$");
    assertThat(Files.readString(dir.resolve(CatalogueFile.IMPORTED_FILE))).isEqualTo("""
        id,name,unit,family,combine,min,max
        wdi.xx.syn.cd,Synthetic indicator (current US$),current US$,development,last,,
        """);
  }

  @Test
  void aUserCatalogueExtendsTheWorkspaceAndABadOneIsNamed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("indicators.csv"), "id,name,unit,family,combine,min,max\n"
        + "returns.deportations,People deported to the second country,count,returns,sum,0,\n");
    assertThat(WorkspaceCatalogue.load(dir).get("returns.deportations").familyName()).isEqualTo("returns");
    Files.writeString(dir.resolve("indicators.csv"), "id,name,unit,family,combine,min,max\n"
        + "trade.total,My trade,USD,trade,sum,0,\n");
    assertThatThrownBy(() -> WorkspaceCatalogue.load(dir)).hasMessageContaining("indicators.csv: indicator trade.total"
        + " is already defined");
  }

  @Test
  void anUnknownFormatIsNamed(@TempDir Path tmp) throws Exception {
    Path file = write(tmp, "x.csv", "a,b\n1,2\n");
    assertThatThrownBy(() -> StatisticsImporter.detect(file)).hasMessageContaining("x.csv:1: not a format Dyadscope reads");
  }
}
