package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import unhcr FILE [--dyad AAA-BBB]}. */
@Command(name = "unhcr", mixinStandardHelpOptions = true)
public final class ImportUnhcrCommand extends StatisticsImportCommand {}
