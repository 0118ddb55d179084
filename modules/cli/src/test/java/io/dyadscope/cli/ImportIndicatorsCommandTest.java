package io.dyadscope.cli;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportIndicatorsCommandTest {

  @TempDir
  static Path dir;

  static String ws;

  @BeforeAll
  static void createWorkspace() {
    ws = dir.resolve("ws").toString();
    assertThat(CliRun.of("sources", "--workspace", ws).code()).isZero();
  }

  static long count() {
    CliRun r = CliRun.of("observations", "--workspace", ws, "--format", "csv");
    assertThat(r.code()).isZero();
    return r.out().lines().count() - 1;
  }

  @Test
  void malformedFileFailsWithFileLineColumnAndChangesNothing() throws IOException {
    long before = count();
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, """
        indicator,dyad,subject,period,value,unit,status,source,reported_by,note
        trade.total,PAK-AFG,PAK-AFG,2018,1500,USD million,reported,sbp-2023,,first row is fine
        trade.total,PAK-AFG,PAK-AFG,2017,abc,USD million,reported,sbp-2023,,
        """);
    CliRun r = CliRun.of("import", "indicators", bad.toString(), "--workspace", ws);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.csv:3:value:").doesNotContain("Exception");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void importingTheSameFileTwiceAddsNothingTheSecondTime() throws IOException {
    Path good = dir.resolve("extra.csv");
    Files.writeString(good, """
        indicator,dyad,subject,period,value,unit,status,source,reported_by,note
        security.incidents.total,PAK-AFG,PAK-AFG,2019,250,count,reported,synthetic-test,,synthetic value for a test
        """);
    Path sources = dir.resolve("sources.csv");
    Files.writeString(sources, """
        id,citation,publisher,kind,grade,year,url
        synthetic-test,Synthetic figures written for Dyadscope's tests,Dyadscope tests,dataset,F,2026,
        """);
    long before = count();
    CliRun first = CliRun.of("import", "indicators", good.toString(), "--sources", sources.toString(), "--workspace", ws);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(count()).isEqualTo(before + 1);
    CliRun second = CliRun.of("import", "indicators", good.toString(), "--sources", sources.toString(), "--workspace", ws);
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("0 added");
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void missingFileIsAUserError() {
    CliRun r = CliRun.of("import", "indicators", dir.resolve("nope.csv").toString(), "--workspace", ws);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("dyadscope: no such file:");
  }
}
