package io.dyadscope.app.uptodate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a change of a workspace or dossier file for the report's up-to-date check. */
class FileDigestTest {

  static final FileTime SAME_TIME = FileTime.from(Instant.parse("2024-01-02T03:04:05Z"));

  @TempDir
  Path dir;

  @Test
  void aSmallFileRewrittenWithTheSameSizeAndTimeDiffersByItsContent() throws IOException {
    Path f = dir.resolve("catalogue.csv");
    String before = digestOf(f, "id,value\na,1\n".getBytes());
    assertThat(digestOf(f, "id,value\na,2\n".getBytes())).isNotEqualTo(before);
  }

  @Test
  void aLargeFileDiffersByItsHeaderWithTheSameSizeAndTime() throws IOException {
    Path f = dir.resolve("workspace.duckdb");
    byte[] bytes = new byte[(int) FileDigest.WHOLE_CONTENT_LIMIT * 3];
    String before = digestOf(f, bytes);
    bytes[100] = 1;   // where DuckDB keeps its header's checkpoint counter
    assertThat(digestOf(f, bytes)).isNotEqualTo(before);
  }

  @Test
  void theSameBytesWithAnotherTimeDiffer() throws IOException {
    Path f = dir.resolve("index.si");
    String before = digestOf(f, "x".getBytes());
    Files.setLastModifiedTime(f, FileTime.from(SAME_TIME.toInstant().plusNanos(1000)));
    assertThat(FileDigest.of(f)).isNotEqualTo(before);
  }

  @Test
  void aTreeListsEveryFileButTheExcludedFolder() throws IOException {
    Files.createDirectories(dir.resolve("index"));
    Files.createDirectories(dir.resolve("dossier"));
    Files.writeString(dir.resolve("index/_0.si"), "segment");
    Files.writeString(dir.resolve("dossier/dossier.md"), "# dossier");
    Files.writeString(dir.resolve("workspace.duckdb"), "db");
    String tree = FileDigest.tree(dir, Set.of(dir.resolve("dossier")));
    assertThat(Arrays.stream(tree.split("\n")).map(l -> l.substring(0, l.indexOf('\t'))))
        .containsExactly("index/_0.si", "workspace.duckdb");
  }

  @Test
  void aNewFileChangesTheTree() throws IOException {
    Files.writeString(dir.resolve("workspace.duckdb"), "db");
    String before = FileDigest.tree(dir, Set.of());
    Files.writeString(dir.resolve("workspace.duckdb.wal"), "");
    assertThat(FileDigest.tree(dir, Set.of())).isNotEqualTo(before);
  }

  private static String digestOf(Path f, byte[] bytes) throws IOException {
    Files.write(f, bytes);
    Files.setLastModifiedTime(f, SAME_TIME);
    return FileDigest.of(f);
  }
}
