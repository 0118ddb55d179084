package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden check: it fails on a missing or different file and writes only when asked. */
class GoldenFileTest {

  @TempDir
  Path dir;

  @Test
  void aMissingGoldenFileFailsNamingTheUpdateCommandAndIsNotWritten() {
    Path golden = dir.resolve("golden/dossier.json");
    assertThatThrownBy(() -> GoldenFile.check(golden, "{}", false)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("dossier.json is missing").hasMessageContaining("-Ddyadscope.updateGolden=true");
    assertThat(golden).doesNotExist();
  }

  @Test
  void aDifferentTextFailsAndLeavesTheKeptFileAsItWas() throws IOException {
    Path golden = Files.writeString(dir.resolve("dossier.json"), "{\"a\":1}");
    assertThatThrownBy(() -> GoldenFile.check(golden, "{\"a\":2}", false)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("differs from the kept file");
    assertThat(golden).hasContent("{\"a\":1}");
  }

  @Test
  void anExplicitUpdateWritesTheFileAndThenPasses() throws IOException {
    Path golden = dir.resolve("golden/dossier.json");
    GoldenFile.check(golden, "{\"a\":2}", true);
    assertThat(golden).hasContent("{\"a\":2}");
  }
}
