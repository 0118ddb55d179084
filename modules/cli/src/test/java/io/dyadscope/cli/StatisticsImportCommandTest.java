package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The statistics-import subcommands of {@code import}: each reads the format its name names. */
class StatisticsImportCommandTest {

  @Test
  void eachFormatSubcommandReadsTheFormatItIsNamedFor() {
    CommandLine importCommand = Main.commandLine(false).getSubcommands().get("import");
    Map<String, String> formatBySubcommand = new LinkedHashMap<>();
    importCommand.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommand() instanceof StatisticsImportCommand c) {
        formatBySubcommand.put(name, c.format().word());
      }
    });
    assertThat(formatBySubcommand).containsExactly(Map.entry("unhcr", "unhcr"), Map.entry("wdi", "wdi"),
        Map.entry("comtrade", "comtrade"), Map.entry("imf-dots", "imf-dots"));
  }
}
