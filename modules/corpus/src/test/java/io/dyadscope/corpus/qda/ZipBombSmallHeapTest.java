package io.dyadscope.corpus.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.corpus.codebook.CodebookJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ZIP bomb is refused within a fixed memory. Surefire runs this class alone in a JVM with a
 * 48 MiB heap (the corpus module's pom, execution {@code small-heap}), so reading the 256 MiB entry
 * whole would end in an OutOfMemoryError.
 */
class ZipBombSmallHeapTest {

  private static final long ENTRY = 256L * 1024 * 1024;

  @TempDir
  Path dir;

  @Test
  void aQuarterGibEntryIsRefusedUnderASmallHeap() throws Exception {
    // selected by -Dtest, the default execution (large heap) also picks this class up: only the small heap proves anything
    assumeTrue(Runtime.getRuntime().maxMemory() < 64L * 1024 * 1024, "runs in the small-heap execution");
    Path file = dir.resolve("bomb.qdpx");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(UntrustedProjectTest.qde("internal://bomb.txt").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("sources/bomb.txt"));
      byte[] zeros = new byte[1 << 20];
      for (long n = 0; n < ENTRY; n += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(3L * 1024 * 1024);
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard(), InputLimits.DEFAULT, null))
        .isInstanceOf(CorpusException.class)
        .hasMessage(file + "!sources/bomb.txt: unpacks to more than 100 times its compressed size, as a ZIP bomb does"
            + " (raise with --limit ratio=N)");
    // with the ratio check raised out of the way, the per-entry limit still stops it, in the same small heap
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard(),
        InputLimits.DEFAULT.with("ratio=100000000").with("entry-mb=8"), null))
        .hasMessage(file + "!sources/bomb.txt: unpacks to more than 8 MiB (raise with --limit entry-mb=N)");
  }
}
