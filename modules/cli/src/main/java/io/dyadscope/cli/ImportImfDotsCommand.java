package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import imf-dots FILE [--dyad AAA-BBB]}. */
@Command(name = "imf-dots", mixinStandardHelpOptions = true)
public final class ImportImfDotsCommand extends StatisticsImportCommand {}
