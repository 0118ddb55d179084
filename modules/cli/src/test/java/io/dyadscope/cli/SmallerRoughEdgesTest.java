package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options where the README says they are, and a progress line ended before what follows it. */
class SmallerRoughEdgesTest {

  @TempDir
  Path dir;

  @Test
  void eventsDeriveAndActorsTakeTheWorkspaceOptionAfterTheirName() {
    String ws = dir.resolve("ws").toString();
    CliRun derive = CliRun.of("events", "derive", "--workspace", ws, "--dyad", "IND-PAK");
    assertThat(derive.code()).as(derive.err()).isZero();
    assertThat(derive.out()).startsWith("No events for IND-PAK in the workspace.");
    assertThat(Files.isDirectory(dir.resolve("ws"))).isTrue();
    CliRun actors = CliRun.of("events", "actors", "--top", "3", "--workspace", ws);
    assertThat(actors.code()).as(actors.err()).isZero();
    assertThat(actors.out()).startsWith("No events for PAK-AFG in the workspace.");
  }

  @Test
  void theProgressLineIsEndedBeforeTheError() throws Exception {
    StringBuilder csv = new StringBuilder("Year,\"Country of origin\",\"Country of origin (ISO)\",\"Country of asylum\","
        + "\"Country of asylum (ISO)\",\"Refugees under UNHCR's mandate\"\n");
    // synthetic rows, enough for the importer to report progress; the last year is not a year
    for (int y = 0; y < 6000; y++) {
      csv.append(1000 + y / 3).append(",Afghanistan,AFG,").append(y % 3 == 0 ? "Pakistan,PAK" : y % 3 == 1
          ? "Iran,IRN" : "India,IND").append(',').append(y).append('\n');
    }
    csv.append("FY21,Afghanistan,AFG,Pakistan,PAK,1\n");
    Path file = Files.writeString(dir.resolve("population.csv"), csv);
    System.setProperty("dyadscope.progressQuietMillis", "0");
    CliRun r;
    try {
      r = CliRun.of("import", "unhcr", file.toString(), "--workspace", dir.resolve("ws").toString());
    } finally {
      System.clearProperty("dyadscope.progressQuietMillis");
    }
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("\rreading population.csv [").contains("lines\ndyadscope: nothing imported");
  }
}
