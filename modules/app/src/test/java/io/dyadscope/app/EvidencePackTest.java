package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Status;
import java.util.List;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence pack shipped as resources: its files are the ones its manifest and NOTICE describe. */
class EvidencePackTest {

  private static final EvidencePack PACK = DefaultDataset.standard().pack();
  private static final EvidencePack TAMPERED = EvidencePack.fromClasspath("io/dyadscope/app/pack-tampered/");

  @TempDir Path dir;

  @Test
  void everyShippedFileHasTheHashItsManifestGives() {
    assertThat(PACK.entries()).hasSize(9);
    assertThat(PACK.mismatches()).isEmpty();
  }

  @Test
  void aFileThatDiffersFromItsManifestIsFound() {
    // synthetic fixture: figures.csv with a manifest hash of zeros
    assertThat(TAMPERED.mismatches()).containsExactly("figures.csv: manifest says SHA-256 "
        + "0".repeat(64) + ", the file's is " + Hashing.sha256(TAMPERED.bytes("figures.csv")));
  }

  @Test
  void aFileThatDiffersFromItsManifestIsNotLoaded() {
    try (Workspace ws = Workspace.open(dir)) {
      assertThatThrownBy(() -> TAMPERED.loadInto(ws)).isInstanceOf(IllegalStateException.class)
          .hasMessage("evidence pack file figures.csv does not match its manifest's SHA-256");
      assertThat(ws.isEmpty()).isTrue();
    }
  }

  @Test
  void noticeListsEveryShippedFileWithItsLicenceAndHash() throws IOException {
    String notice = Files.readString(Path.of("../../NOTICE"));
    for (EvidencePack.Entry e : PACK.entries()) {
      assertThat(notice).as(e.file()).contains(e.file()).contains(e.sha256()).contains(e.licence());
    }
  }

  @Test
  void aNewWorkspaceHoldsTheObservedSeriesOfTheDefaultDyad() {
    try (Workspace ws = DefaultDataset.standard().openWorkspace(dir)) {
      List<Observation> observed = ws.observations(ObservationQuery.all().dyad("PAK-AFG").status(Status.OBSERVED));
      assertThat(observed).hasSizeGreaterThanOrEqualTo(300);
      assertThat(years(observed, "trade.exports", "imf-dots-PAK")).isEqualTo(60);
      assertThat(years(observed, "trade.imports", "imf-dots-AFG")).isEqualTo(42);
      assertThat(years(observed, "refugees.registered", "unhcr-rdf")).isEqualTo(47);
      assertThat(years(observed, "security.incidents.total", "ucdp-ged")).isEqualTo(33);
      assertThat(ws.imports()).extracting(r -> Path.of(r.fileName()).getFileName().toString())
          .contains("imf-dots-afg-pak-1960-2020.csv", "unhcr-afg-pak-1979-2025.csv");
    }
  }

  private static long years(List<Observation> obs, String indicator, String source) {
    return obs.stream().filter(o -> o.indicator().equals(indicator) && o.source().equals(source))
        .map(o -> o.period().toString()).distinct().count();
  }

  @Test
  void noRestrictedDatasetIsShipped() {
    assertThat(PACK.entries()).extracting(EvidencePack.Entry::dataset).doesNotContain("acled", "comtrade");
  }
}
