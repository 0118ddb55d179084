package io.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.store.ImportRecord;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.imports.*;
import io.dyadscope.importers.*;
import io.dyadscope.store.TestData;
import io.dyadscope.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports that succeed: each test starts from a fresh workspace. */
class IndicatorImporterTest {

  private static final String H = "indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n";

  @TempDir Path dir;
  Workspace ws;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void importReportsWhatItAdded() throws Exception {
    ImportSummary s = TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
    assertThat(s.describe()).isEqualTo("obs.csv: 11 added, 0 replaced, 0 unchanged; sources: 3 added");
    assertThat(ws.observationCount()).isEqualTo(11);
    assertThat(ws.sources()).hasSize(3);
  }

  @Test
  void importingTheSameFileTwiceAddsNothing() throws Exception {
    TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
    ImportSummary again = TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
    assertThat(again).isEqualTo(new ImportSummary("obs.csv", 0, 0, 11, 0, 0, List.of()));
    assertThat(again.describe()).isEqualTo("obs.csv: 0 added, 0 replaced, 11 unchanged");
    assertThat(ws.observationCount()).isEqualTo(11);
  }

  @Test
  void everyImportIsLogged() throws Exception {
    TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
    TestData.load(ws, TestData.OBSERVATIONS, null);
    assertThat(ws.imports()).extracting(ImportRecord::id, ImportRecord::fileName, ImportRecord::added,
        ImportRecord::replaced, ImportRecord::unchanged).containsExactly(
        tuple(1L, "obs.csv", 11, 0, 0),
        tuple(2L, "obs.csv", 0, 0, 11));
    assertThat(ws.imports().get(0).sha256()).isEqualTo(io.dyadscope.evidence.Hashing.sha256(TestData.OBSERVATIONS))
        .hasSize(64).isEqualTo(ws.imports().get(1).sha256());
  }

  @Test
  void changedValueReplacesTheOldOneAndIsListed() throws Exception {
    TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
    ImportSummary s = TestData.load(ws, H
        + "trade.total,PAK-AFG,PAK-AFG,2022,2.0,USD billion,reported,sbp-2023,paper-2025,\n"
        + "trade.total,PAK-AFG,PAK-AFG,2021,1200,,reported,sbp-2023,paper-2025,revised in 2024\n"
        + "trade.total,PAK-AFG,PAK-AFG,2019,1700,,reported,sbp-2023,paper-2025,\n", null);
    Observation revised = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2022), 2000,
        "USD million", Status.REPORTED, "sbp-2023", "paper-2025", "", "");
    Observation noted = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2021), 1200,
        "USD million", Status.REPORTED, "sbp-2023", "paper-2025", "", "revised in 2024");
    assertThat(s.describe()).isEqualTo("obs.csv: 0 added, 2 replaced, 1 unchanged");
    assertThat(s.replacements()).containsExactly(
        new Replacement(revised.id(), revised.key(), 1900, 2000, "USD million", "USD million", "", ""),
        new Replacement(noted.id(), noted.key(), 1200, 1200, "USD million", "USD million", "", "revised in 2024"));
    assertThat(s.replacements().get(0).describe()).isEqualTo(
        revised.id() + " trade.total|PAK-AFG|PAK-AFG|2022|reported|sbp-2023|paper-2025|: 1,900 -> 2,000 USD million");
    assertThat(s.replacements().get(1).describe()).isEqualTo(noted.id()
        + " trade.total|PAK-AFG|PAK-AFG|2021|reported|sbp-2023|paper-2025|: 1,200 -> 1,200 USD million;"
        + " note '' -> 'revised in 2024'");
    assertThat(ws.observations(ObservationQuery.all().dyad("PAK-AFG").indicator("trade.total")
        .status(Status.REPORTED).to(Period.ofYear(2022))))
        .extracting(Observation::value).containsExactly(1700.0, 1200.0, 2000.0);
    assertThat(ws.observationCount()).isEqualTo(11);
  }

  @Test
  void valuesInAScaleOfTheUnitAreStoredInTheIndicatorsUnit() throws Exception {
    TestData.load(ws, H
        + "trade.total,PAK-AFG,PAK-AFG,2022,1.9,USD billion,reported,sbp-2023,,\n"
        + "trade.imports,PAK-AFG,PAK-AFG,2024,350000,USD thousand,projection,paper-2025,,\n"
        + "trade.exports,PAK-AFG,PAK-AFG,2024,1400,usd  million,projection,paper-2025,,\n"
        + "refugees.registered,PAK-AFG,PAK,2024,\"1,400\",thousand,projection,paper-2025,,\n"
        + "refugees.registered,PAK-AFG,PAK,2023,1.4,Million,reported,unhcr-2023,,\n", TestData.SOURCES);
    assertThat(ws.observations(ObservationQuery.all()))
        .extracting(o -> o.indicator() + " " + o.period() + " " + o.value() + " " + o.unit()).containsExactly(
            "refugees.registered 2023 1400000.0 count",
            "refugees.registered 2024 1400000.0 count",
            "trade.exports 2024 1400.0 USD million",
            "trade.imports 2024 350.0 USD million",
            "trade.total 2022 1900.0 USD million");
  }

  @Test
  void columnsInAnyOrderWithAnOptionalLocation() throws Exception {
    ImportSummary s = TestData.load(ws, """
        Location , VALUE,indicator,dyad,subject,period,unit,status,source,reported_by,note
        Table 1,1750,trade.total,PAK-AFG,PAK-AFG,2024,,projection,paper-2025,,
        Conclusion,1.75,trade.total,PAK-AFG,PAK-AFG,2024,USD billion,projection,paper-2025,,
        """, TestData.SOURCES);
    assertThat(s.added()).isEqualTo(2);
    assertThat(ws.observations(ObservationQuery.all())).extracting(Observation::location, Observation::value)
        .containsExactly(tuple("Conclusion", 1750.0),
            tuple("Table 1", 1750.0));
  }

  @Test
  void changedSourceIsReplaced() throws Exception {
    TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
    ImportSummary s = TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES.replace(
        "State Bank of Pakistan,official,A", "State Bank of Pakistan,official,B"));
    assertThat(s.describe()).isEqualTo("obs.csv: 0 added, 0 replaced, 11 unchanged; sources: 0 added, 1 replaced");
    assertThat(ws.sources().get("sbp-2023").grade()).isEqualTo(Grade.B);
  }

  @Test
  void filesAreNamedAsGiven() throws Exception {
    Path obs = Files.writeString(dir.resolve("obs.csv"), TestData.OBSERVATIONS);
    Path src = Files.writeString(dir.resolve("src.csv"), TestData.SOURCES);
    ImportSummary s = TestData.importer(ws).importFiles(obs, src);
    assertThat(s.describe()).isEqualTo(obs + ": 11 added, 0 replaced, 0 unchanged; sources: 3 added");
    assertThat(ws.imports().get(0).fileName()).isEqualTo(obs.toString());
  }
}
