package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditEvalCommandTest {

  @TempDir
  Path dir;

  @Test
  void scoresEachKeyedReportAndPrintsThePooledTotal() throws IOException {
    // SYNTHETIC, written for this test: line 3 states a rise of 30% for +18.2%; line 5 is clean.
    Files.writeString(dir.resolve("r.txt"), """
        Pakistan-Afghanistan trade note

        Passenger trips rose 30 per cent in 2023, to 260,000 from 220,000.

        Freight reached 1.9 million tonnes in 2023, up from 1.6 million tonnes in 2022.
        """);
    Files.writeString(dir.resolve("r.key.json"), """
        {"file": "r.txt", "dyad": "PAK-AFG",
         "defects": [{"id": "D1", "check": "change-statement", "lines": [[3, 3]], "what": "+18.2%, not 30%"}],
         "clean": [{"line": 5, "why": "a correct rise"}]}
        """);

    CliRun r = CliRun.of("audit-eval", dir.toString(), "--audits", dir.resolve("out").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("TOTAL (1 reports)      dyad 1/1              recall 1/1 = 1.00     precision 1/1 = 1.00 "
        + "    clean flagged 0/1");
    assertThat(dir.resolve("out/r.json")).exists();
  }

  @Test
  void aKeyNamingAMissingReportIsAUserErrorNamingTheKey() throws IOException {
    Files.writeString(dir.resolve("x.key.json"), """
        {"file": "gone.txt", "dyad": "PAK-AFG", "defects": [], "clean": []}
        """);

    CliRun r = CliRun.of("audit-eval", dir.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("x.key.json: field 'file' names gone.txt, which is not in " + dir);
  }
}
