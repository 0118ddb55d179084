package io.dyadscope.cli;

import io.dyadscope.importers.FormatDetector.Format;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import wdi FILE [--dyad AAA-BBB]}. */
@Command(name = "wdi", mixinStandardHelpOptions = true,
    description = {"Import a World Bank World Development Indicators CSV, wide (one column per year) or long.", "Each indicator code becomes a catalogue indicator (wdi.<code>) for each country of each dyad; regional and income aggregates are skipped.",
        "All or nothing; re-importing a file adds nothing; changed values replace the old ones and are listed."})
public final class ImportWdiCommand extends WorkspaceCommand {

  @Mixin
  DyadsOption dyads;

  @Parameters(index = "0", paramLabel = "FILE", description = "The downloaded CSV file.")
  Path file;

  @Override
  public Integer call() throws Exception {
    return StatisticsImportRun.run(this, Format.WDI, file, dyads.dyads());
  }
}
