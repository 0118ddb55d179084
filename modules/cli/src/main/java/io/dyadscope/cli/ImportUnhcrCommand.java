package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import unhcr FILE [--dyad AAA-BBB]}. */
@Command(name = "unhcr", mixinStandardHelpOptions = true,
    description = {"Import a UNHCR Refugee Data Finder population export (preamble, then Year,Country of origin,...).", "Refugees, asylum-seekers, other people in need of international protection and others of concern between the countries of each dyad, both directions; the host country is the subject.",
        StatisticsImportCommand.ALL_OR_NOTHING})
public final class ImportUnhcrCommand extends StatisticsImportCommand {}
