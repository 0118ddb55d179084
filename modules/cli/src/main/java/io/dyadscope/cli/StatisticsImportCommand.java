package io.dyadscope.cli;

import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.importers.StatisticsFormats;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * An official-statistics import of one format: {@code import unhcr|wdi|comtrade|imf-dots FILE [--dyad AAA-BBB]...}.
 * The subclasses only declare a subcommand (its name; its help is in help.properties); the name is the
 * format's word, so the format is looked up by it and the import is the same for every format.
 */
abstract class StatisticsImportCommand extends WorkspaceCommand {

  @Mixin DyadsOption dyads;

  @Parameters(index = "0", paramLabel = "FILE", description = "The downloaded CSV file.") Path file;

  /** The format this command reads: the one whose word is the command's name. */
  StatisticsFormat format() {
    return StatisticsFormats.byWord(spec.name()).orElseThrow(
        () -> new IllegalStateException("no statistics format is named " + spec.name()));
  }

  @Override
  public Integer call() throws Exception {
    return StatisticsImportRun.run(this, format(), file, dyads.dyads());
  }
}
