package io.dyadscope.cli;

import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.importers.StatisticsFormats;
import picocli.CommandLine.Command;

/** {@code dyadscope import wdi FILE [--dyad AAA-BBB]}. */
@Command(name = "wdi", mixinStandardHelpOptions = true,
    description = {"Import a World Bank World Development Indicators CSV, wide (one column per year) or long.", "Each indicator code becomes a catalogue indicator (wdi.<code>) for each country of each dyad; regional and income aggregates are skipped.",
        "All or nothing; re-importing a file adds nothing; changed values replace the old ones and are listed."})
public final class ImportWdiCommand extends StatisticsImportCommand {

  @Override
  StatisticsFormat format() {
    return StatisticsFormats.WDI;
  }
}
