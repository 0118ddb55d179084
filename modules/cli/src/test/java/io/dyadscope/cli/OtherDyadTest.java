package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another dyad needs no code: import its data and report on it. */
class OtherDyadTest {

  @TempDir
  Path dir;

  @Test
  void aDyadImportedFromCsvGetsItsOwnDossier() throws IOException {
    // Synthetic figures, labelled as such: they exercise the pipeline, they describe nothing real.
    Path sources = dir.resolve("sources.csv");
    Files.writeString(sources, """
        id,citation,publisher,kind,grade,year,url
        synthetic-ind-pak,Synthetic India-Pakistan figures written for Dyadscope's tests (not real data),Dyadscope tests,dataset,F,2026,
        """);
    Path obs = dir.resolve("ind-pak.csv");
    Files.writeString(obs, """
        indicator,dyad,subject,period,value,unit,status,source,reported_by,note
        trade.total,IND-PAK,IND-PAK,2019,2000,USD million,observed,synthetic-ind-pak,,synthetic
        trade.total,IND-PAK,IND-PAK,2020,500,USD million,observed,synthetic-ind-pak,,synthetic
        trade.total,IND-PAK,IND-PAK,2021,400,USD million,observed,synthetic-ind-pak,,synthetic
        trade.total,IND-PAK,IND-PAK,2022,450,USD million,observed,synthetic-ind-pak,,synthetic
        trade.total,IND-PAK,IND-PAK,2023,600,USD million,observed,synthetic-ind-pak,,synthetic
        trade.total,IND-PAK,IND-PAK,2024,700,USD million,observed,synthetic-ind-pak,,synthetic
        opinion.negative,IND-PAK,IND,2023,62,percent,observed,synthetic-ind-pak,,synthetic
        opinion.negative,IND-PAK,PAK,2023,71,percent,observed,synthetic-ind-pak,,synthetic
        """);
    String ws = dir.resolve("ws").toString();
    CliRun imp = CliRun.of("import", "indicators", obs.toString(), "--sources", sources.toString(), "--workspace", ws);
    assertThat(imp.code()).as(imp.err()).isZero();
    CliRun r = CliRun.of("report", "--dyad", "IND-PAK", "--workspace", ws, "--out", dir.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(dir.resolve("out/dossier.html"));
    assertThat(html).contains("India").contains("Pakistan").contains("2,000").doesNotContain("Afghanistan");
    assertThat(html.toLowerCase()).contains("no data");
  }

  @Test
  void aDyadWithoutDataIsAClearError() {
    CliRun r = CliRun.of("report", "--dyad", "FRA-DEU", "--workspace", dir.resolve("ws").toString(),
        "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no observations for dyad FRA-DEU");
  }
}
