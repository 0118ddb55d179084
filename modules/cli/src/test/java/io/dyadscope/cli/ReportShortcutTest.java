package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The up-to-date report's shortcut past picocli reads a command line as picocli reads it, or not at all:
 * what it takes (the plainest report lines) gives the same dyad, output folder and workspace as the
 * parsed command; everything else is left to picocli. (That an up-to-date dossier is then reported in
 * the same words is in {@link ReportUpToDateTest}.)
 */
class ReportShortcutTest {

  private static final Map<String, String> ENV = System.getenv();
  private static final Path HOME = Path.of(System.getProperty("user.home"));

  @ParameterizedTest
  @ValueSource(strings = {"report", "report --out elsewhere", "report --out=elsewhere --dyad afg-pak",
      "report --dyad IND-PAK --workspace some/ws", "report --workspace=/tmp/ws --out /tmp/out --dyad=PAK-AFG"})
  void takesPlainReportLinesAsPicocliParsesThem(String line) {
    String[] args = line.split(" ");
    ReportShortcut.Check check = ReportShortcut.check(args, ENV, HOME).orElseThrow();
    ReportCommand parsed = Main.commandLine(false, List.of(ReportCommand.class)).parseArgs(args).subcommand()
        .commandSpec().commandLine().getCommand();
    assertThat(check.request().dyad()).isEqualTo(parsed.dyad.dyad());
    assertThat(check.out()).isEqualTo(parsed.out);
    assertThat(check.workspace()).isEqualTo(parsed.workspace.directory());
    assertThat(check.request().targetOrNull()).isNull();
    assertThat(check.request().rulesOrNull()).isNull();
    assertThat(check.request().recommendationsOrNull()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sources", "report --force", "report --target 2025", "report --rules r.json",
      "report --verbose", "report --wait 0", "report --help", "report -h", "report --out", "report --out=",
      "report --out a --out b", "report --out -x", "report --out @args.txt", "report @args.txt",
      "report --dyad PAKAFG", "report --dyad=PAK-AFG-IND", "report extra", "report --OUT x"})
  void leavesEveryOtherLineToPicocli(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    assertThat(ReportShortcut.check(args, ENV, HOME)).isEmpty();
  }

  @Test
  void takesTheDefaultsFromTheOptionsAnnotations() {
    ReportShortcut.Check check = ReportShortcut.check(new String[] {"report"}, Map.of(), Path.of("/home/someone"))
        .orElseThrow();
    assertThat(check.out()).isEqualTo(Path.of("dossier"));
    assertThat(check.request().dyad().id()).isEqualTo("PAK-AFG");
    assertThat(check.workspace()).isEqualTo(Path.of("/home/someone/.dyadscope"));
  }

  @Test
  void aDossierNotYetWrittenIsLeftToTheFullPathWithNothingSaidOrMade(@TempDir Path dir) {
    String[] args = {"report", "--workspace", dir.resolve("ws").toString(), "--out", dir.resolve("out").toString()};
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(ReportShortcut.run(args, new PrintWriter(out), new PrintWriter(err))).isEmpty();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEmpty();
    assertThat(dir.resolve("ws")).doesNotExist();
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
