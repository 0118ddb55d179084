package io.dyadscope.cli;

import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.importers.StatisticsFormats;
import picocli.CommandLine.Command;

/** {@code dyadscope import unhcr FILE [--dyad AAA-BBB]}. */
@Command(name = "unhcr", mixinStandardHelpOptions = true,
    description = {"Import a UNHCR Refugee Data Finder population export (preamble, then Year,Country of origin,...).", "Refugees, asylum-seekers, other people in need of international protection and others of concern between the countries of each dyad, both directions; the host country is the subject.",
        "All or nothing; re-importing a file adds nothing; changed values replace the old ones and are listed."})
public final class ImportUnhcrCommand extends StatisticsImportCommand {

  @Override
  StatisticsFormat format() {
    return StatisticsFormats.UNHCR;
  }
}
