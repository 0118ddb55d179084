package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import wdi FILE [--dyad AAA-BBB]}. */
@Command(name = "wdi", mixinStandardHelpOptions = true)
public final class ImportWdiCommand extends StatisticsImportCommand {}
