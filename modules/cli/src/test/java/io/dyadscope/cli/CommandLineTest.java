package io.dyadscope.cli;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir
  Path dir;

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    CliRun r = CliRun.of("observations", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"report", "observations", "series", "forecast", "sources", "audit"}) {
      CliRun r = CliRun.of(cmd, "--help");
      assertThat(r.code()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: dyadscope " + cmd).contains("--workspace");
    }
    assertThat(CliRun.of("import", "indicators", "--help").out()).contains("--sources");
  }

  @Test
  void badDyadIsAUsageErrorNamingTheOption() {
    CliRun r = CliRun.of("series", "trade.total", "--dyad", "PAK", "--workspace", dir.resolve("ws").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(
        "dyadscope: Invalid value for option '--dyad': not a dyad (expected two ISO alpha-3 codes such as PAK-AFG): 'PAK'",
        "Try 'dyadscope series --help' for its options.");
  }

  @Test
  void observationsAsCsvHaveAHeaderAndOneRowPerObservation() {
    String ws = dir.resolve("ws").toString();
    CliRun r = CliRun.of("observations", "--workspace", ws, "--indicator", "trade.", "--status", "projection",
        "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList()).first()
        .isEqualTo("id,indicator,dyad,subject,period,value,unit,status,source,reported_by,location,note");
    // Table 1 of the default dataset: exports, imports, total and balance projected for 2024.
    assertThat(r.out().lines().skip(1).toList()).hasSize(4).allMatch(l -> l.contains(",2024,"));
  }

  @Test
  void seriesShowsTheChangesOfTheDefaultTradeFigures() {
    CliRun r = CliRun.of("series", "trade.total", "--workspace", dir.resolve("ws").toString());
    assertThat(r.code()).as(r.err()).isZero();
    // 1700 (2019) -> 1200 (2021): -29.4%, written -29%; 1200 -> 1900 (2022): +58.3%, written +58%
    assertThat(r.out()).contains("-29%").contains("+58%").contains("Published projection 2024: 1,750");
  }

  @Test
  void forecastOfAShortSeriesIsLowConfidenceAndShowsThePublishedProjection() {
    CliRun r = CliRun.of("forecast", "security.incidents.total", "--workspace", dir.resolve("ws").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("target 2024").contains("confidence low").contains("Published: 290 by jssa-2025");
  }

  @Test
  void everyCommandSummaryInTheHelpListIsAWholeSentence() {
    picocli.CommandLine cli = Main.commandLine(false);
    for (var e : cli.getSubcommands().entrySet()) {
      var spec = e.getValue().getCommandSpec().usageMessage();
      String[] lines = spec.header().length > 0 ? spec.header() : spec.description();
      assertThat(lines).as(e.getKey()).isNotEmpty();
      assertThat(lines[0].strip()).as("the summary of '%s' in dyadscope --help", e.getKey()).endsWith(".");
    }
  }

  @Test
  void aCommandLineRegistersOnlyTheSubcommandItNames() {
    assertThat(Main.commandLine(false, Main.subcommandsFor(new String[] {"report", "--out", "x"}))
        .getSubcommands().keySet()).containsExactly("report");
  }

  @Test
  void theVersionAloneRegistersNoSubcommand() {
    assertThat(Main.subcommandsFor(new String[] {"--version"})).isEmpty();
  }

  @Test
  void helpAndMisspeltCommandsRegisterEverySubcommand() {
    assertThat(Main.subcommandsFor(new String[] {"--help"})).hasSize(22);
    assertThat(Main.subcommandsFor(new String[] {"reprot"})).hasSize(22);
    assertThat(Main.commandLine(false).getSubcommands().keySet()).startsWith("report", "import", "observations");
  }

  @Test
  void aMisspeltCommandIsStillAUsageError() {
    CliRun r = CliRun.of("reprot");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'reprot'").contains("dyadscope --help");
  }

  @Test
  void theVersionPrintedWithoutTheCommandModelIsPicoclisOwn() {
    java.io.StringWriter picocli = new java.io.StringWriter();
    Main.commandLine(false).printVersionHelp(new java.io.PrintWriter(picocli, true));
    assertThat(CliRun.of("--version").out()).isEqualTo(picocli.toString()).isEqualTo("dyadscope 0.1.0\n");
    assertThat(CliRun.of("-V").code()).isZero();
  }
}
