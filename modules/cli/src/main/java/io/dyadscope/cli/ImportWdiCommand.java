package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import wdi FILE [--dyad AAA-BBB]}. */
@Command(name = "wdi", mixinStandardHelpOptions = true,
    description = {"Import a World Bank World Development Indicators CSV, wide (one column per year) or long.", "Each indicator code becomes a catalogue indicator (wdi.<code>) for each country of each dyad; regional and income aggregates are skipped.",
        StatisticsImportCommand.ALL_OR_NOTHING})
public final class ImportWdiCommand extends StatisticsImportCommand {}
