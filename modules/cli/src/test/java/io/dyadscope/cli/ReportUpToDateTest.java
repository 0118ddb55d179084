package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code report} as a build tool: a dossier whose workspace, options and build are unchanged since it
 * was written is left as it is (and the report says so, without opening the workspace); any change to
 * the workspace, the options or the dossier's own files, or {@code --force}, rebuilds it.
 */
class ReportUpToDateTest {

  static final String UP_TO_DATE = "dossier up to date: workspace unchanged since ";

  @TempDir
  static Path dir;

  static String ws;

  @BeforeAll
  static void reportOnce() {
    ws = dir.resolve("ws").toString();
    assertThat(report("out").err()).doesNotContain(UP_TO_DATE);
  }

  @Test
  void aSecondReportOnAnUnchangedWorkspaceSaysSoAndRewritesNothing() throws IOException {
    FileTime written = Files.getLastModifiedTime(dir.resolve("out/dossier.html"));
    CliRun r = report("out");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).containsPattern(UP_TO_DATE + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ; --force to rebuild");
    assertThat(r.out().strip()).isEqualTo(dir.resolve("out/dossier.html").toString());
    assertThat(Files.getLastModifiedTime(dir.resolve("out/dossier.html"))).isEqualTo(written);
  }

  @Test
  void aPlainUpToDateReportIsAnsweredBeforeTheCommandLineModelIsBuiltInTheSameWords() {
    String[] args = {"report", "--workspace", ws, "--out", dir.resolve("out").toString()};
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(ReportShortcut.run(args, new PrintWriter(out), new PrintWriter(err))).contains(0);
    StringWriter parsedOut = new StringWriter();
    StringWriter parsedErr = new StringWriter();
    CommandLine full = Main.commandLine(false, List.of(ReportCommand.class));
    full.setOut(new PrintWriter(parsedOut));
    full.setErr(new PrintWriter(parsedErr));
    assertThat(full.execute(args)).isZero();
    assertThat(out.toString()).isEqualTo(parsedOut.toString());
    assertThat(err.toString()).startsWith(UP_TO_DATE).isEqualTo(parsedErr.toString());
  }

  @Test
  void anUpToDateReportRunsWhileAnImportHoldsTheWorkspace() throws Exception {
    // the check reads file sizes, times and bytes only: DuckDB's lock, held by another process for writing, is no obstacle
    Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        HoldWorkspace.class.getName(), ws, "4000").redirectErrorStream(true).start();
    assertThat(new String(holder.getInputStream().readNBytes(6))).isEqualTo("ready\n");
    CliRun r = CliRun.of("report", "--workspace", ws, "--out", dir.resolve("out").toString(), "--wait", "0");
    holder.waitFor(30, TimeUnit.SECONDS);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains(UP_TO_DATE);
  }

  @Test
  void forceRebuildsAnUpToDateDossier() throws IOException {
    report("forced");
    FileTime written = Files.getLastModifiedTime(dir.resolve("forced/dossier.html"));
    CliRun r = report("forced", "--force");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain(UP_TO_DATE);
    assertThat(Files.getLastModifiedTime(dir.resolve("forced/dossier.html"))).isNotEqualTo(written);
  }

  @Test
  void otherOptionsRebuild() {
    report("target");
    CliRun r = report("target", "--target", "2025");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain(UP_TO_DATE);
  }

  @Test
  void anEditedDossierFileIsRebuilt() throws IOException {
    report("edited");
    Path md = dir.resolve("edited/dossier.md");
    String original = Files.readString(md);
    Files.writeString(md, original + "\nedited by hand\n");
    CliRun r = report("edited");
    assertThat(r.err()).doesNotContain(UP_TO_DATE);
    assertThat(Files.readString(md)).doesNotContain("edited by hand");
  }

  @Test
  void aDeletedDossierFileIsRebuilt() throws IOException {
    report("deleted");
    Files.delete(dir.resolve("deleted/dossier.json"));
    CliRun r = report("deleted");
    assertThat(r.err()).doesNotContain(UP_TO_DATE);
    assertThat(dir.resolve("deleted/dossier.json")).isRegularFile();
  }

  @Test
  void importingAFileMakesTheNextReportRebuildAndShowIt() throws IOException {
    String other = dir.resolve("ws-import").toString();
    Path out = dir.resolve("imported");
    List<String> args = new ArrayList<>(List.of("report", "--workspace", other, "--out", out.toString()));
    assertThat(CliRun.of(args.toArray(String[]::new)).code()).isZero();
    Path csv = dir.resolve("more.csv");
    Files.writeString(csv, """
        indicator,dyad,subject,period,value,unit,status,source,reported_by,note,location
        trade.total,PAK-AFG,PAK-AFG,2023,1234.5,USD million,observed,sbp-2023,,synthetic value for a test,
        """);
    assertThat(CliRun.of("import", "indicators", csv.toString(), "--workspace", other).code()).isZero();
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain(UP_TO_DATE);
    assertThat(Files.readString(out.resolve("dossier.json"))).contains("1234.5");
    assertThat(CliRun.of(args.toArray(String[]::new)).err()).contains(UP_TO_DATE);
  }

  private static CliRun report(String out, String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--workspace", ws, "--out", dir.resolve(out).toString()));
    args.addAll(List.of(more));
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
