package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several Dyadscope processes on one workspace at once, as when an analyst has a dashboard open
 * and a terminal beside it: readers open it read-only and run side by side; a writer that finds
 * it held waits, then goes ahead; a writer that cannot wait long enough fails naming the holder.
 */
class ConcurrentUseTest {

  @TempDir
  static Path dir;

  static Path ws;

  @BeforeAll
  static void createTheWorkspace() {
    ws = dir.resolve("ws");
    assertThat(CliRun.of("sources", "--workspace", ws.toString()).code()).isZero();
  }

  @Test
  void reportsRunSideBySideAndAnImportWaitsForThem() throws Exception {
    Path csv = dir.resolve("more.csv");
    Files.writeString(csv, """
        indicator,dyad,subject,period,value,unit,status,source,reported_by,note,location
        trade.total,PAK-AFG,PAK-AFG,2023,1500,USD million,observed,sbp-2023,,synthetic,
        """);
    List<Process> readers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      readers.add(start("report", "--workspace", ws.toString(), "--out", dir.resolve("read-" + i).toString()));
    }
    Process writer = start("import", "indicators", csv.toString(), "--workspace", ws.toString(), "--wait", "60");
    for (int i = 0; i < readers.size(); i++) {
      assertThat(finish(readers.get(i))).as(errorsOf(readers.get(i))).isZero();
      assertThat(dir.resolve("read-" + i).resolve("dossier.json")).exists();
    }
    assertThat(finish(writer)).as(errorsOf(writer)).isZero();
    assertThat(CliRun.of("observations", "--workspace", ws.toString(), "--from", "2023", "--to", "2023",
        "--indicator", "trade.total", "--format", "csv").out()).contains("trade.total,PAK-AFG,PAK-AFG,2023,1500.0");
  }

  @Test
  void aWriterThatCannotWaitNamesTheHolder() throws Exception {
    Path csv = dir.resolve("other.csv");
    Files.writeString(csv, """
        indicator,dyad,subject,period,value,unit,status,source,reported_by,note,location
        trade.total,PAK-AFG,PAK-AFG,2018,1400,USD million,observed,sbp-2023,,synthetic,
        """);
    // A process that holds the workspace for writing while it imports a large file is simulated by
    // a second JVM that opens the workspace and sleeps: the holder from the DuckDB lock message.
    Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        HoldWorkspace.class.getName(), ws.toString(), "4000").redirectErrorStream(true).start();
    String ready = new String(holder.getInputStream().readNBytes(6));
    assertThat(ready).isEqualTo("ready\n");
    CliRun r = CliRun.of("import", "indicators", csv.toString(), "--workspace", ws.toString(), "--wait", "1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("is busy (held by").contains("waiting up to 1 s")
        .contains("is busy: held by").contains("gave up after 1 s");
    holder.waitFor(30, TimeUnit.SECONDS);
  }

  @Test
  void corpusSearchesRunBesideAnotherReader() throws Exception {
    assertThat(CliRun.of("documents", "--workspace", ws.toString()).code()).isZero();   // loads the default corpus
    Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        HoldWorkspace.class.getName(), ws.toString(), "4000", "read").redirectErrorStream(true).start();
    assertThat(new String(holder.getInputStream().readNBytes(6))).isEqualTo("ready\n");
    for (String[] command : List.of(new String[] {"search", "Torkham"}, new String[] {"kwic", "Torkham"},
        new String[] {"codes", "--themes-lenses"}, new String[] {"documents"})) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--workspace", ws.toString(), "--wait", "0"));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.code()).as(command[0] + ": " + r.err()).isZero();
    }
    holder.waitFor(30, TimeUnit.SECONDS);
  }

  private static Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static int finish(Process p) throws InterruptedException {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private static String errorsOf(Process p) {
    try {
      return new String(p.getErrorStream().readAllBytes());
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
