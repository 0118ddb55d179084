package io.dyadscope.store.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte scan places each line by its leading id, so that DuckDB may read a GDELT file on every core
 * and rows still get their lines; where ids cannot place lines, it says so (null) and the file is read
 * in order.
 */
class IdRunsTest {

  @TempDir Path dir;

  private LineScan scan(String text) throws Exception {
    return LineScan.of(Files.writeString(dir.resolve("f.CSV"), text, StandardCharsets.UTF_8));
  }

  @Test
  void consecutiveIdsOnConsecutiveLinesAreOneRun() throws Exception {
    LineScan s = scan("100\ta\n101\tb\n102\tc\n");
    assertThat(s.ids().size()).isEqualTo(1);
    assertThat(s.ids().line(100)).isEqualTo(1);
    assertThat(s.ids().line(102)).isEqualTo(3);
  }

  @Test
  void idsOutOfOrderArePlacedRunByRun() throws Exception {
    LineScan s = scan("7\ta\n8\tb\n3\tc\n4\td\n20\te");
    assertThat(s.ids().size()).isEqualTo(3);
    assertThat(List.of(s.ids().line(3), s.ids().line(4), s.ids().line(7), s.ids().line(8), s.ids().line(20)))
        .containsExactly(3L, 4L, 1L, 2L, 5L);
  }

  @Test
  void anIdNoLineHasIsPlacedNowhere() throws Exception {
    LineScan s = scan("7\ta\n8\tb\n20\tc\n");
    assertThat(s.ids().line(9)).isZero();
    assertThat(s.ids().line(6)).isZero();
    assertThat(s.ids().line(21)).isZero();
  }

  @Test
  void anIdTwiceCannotPlaceItsLines() throws Exception {
    assertThat(scan("7\ta\n8\tb\n7\tc\n").ids()).isNull();
  }

  @Test
  void aLineNotBeginningWithANumberAndATabCannotBePlaced() throws Exception {
    assertThat(scan("7\ta\nx8\tb\n").ids()).isNull();
    assertThat(scan("7\ta\n8 b\n").ids()).isNull();
    assertThat(scan("7\ta\n8").ids()).isNull();
  }

  @Test
  void idsAreReadAcrossTheScansParts() throws Exception {
    // Over 8 MB the file is scanned in one part per processor; the runs meet again at the seams.
    StringBuilder b = new StringBuilder();
    String filler = "x".repeat(200);
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      b.append(1_000_000 + i).append('\t').append(filler).append('\n');
    }
    LineScan s = scan(b.toString());
    assertThat(s.lines()).isEqualTo(n);
    assertThat(s.ids().size()).isEqualTo(1);
    assertThat(s.ids().line(1_000_000 + 31_337)).isEqualTo(31_338);
  }

  @Test
  void aLeadingIdIsReadFromARejectedRecord() {
    assertThat(IdRuns.idOf("1001\t20230110\tx")).isEqualTo(1001);
    assertThat(IdRuns.idOf("1001")).isEqualTo(-1);
    assertThat(IdRuns.idOf("a1001\tx")).isEqualTo(-1);
  }
}
