package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import comtrade FILE [--dyad AAA-BBB]}. */
@Command(name = "comtrade", mixinStandardHelpOptions = true)
public final class ImportComtradeCommand extends StatisticsImportCommand {}
