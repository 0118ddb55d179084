package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Hashing;
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
  void noRestrictedDatasetIsShipped() {
    assertThat(PACK.entries()).extracting(EvidencePack.Entry::dataset).doesNotContain("acled", "comtrade");
  }
}
