package io.dyadscope.cli;

import io.dyadscope.importers.StatisticsFormat;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** An official-statistics import of one format: {@code import unhcr|wdi|comtrade FILE [--dyad AAA-BBB]...}. */
abstract class StatisticsImportCommand extends WorkspaceCommand {

  @Mixin
  DyadsOption dyads;

  @Parameters(index = "0", paramLabel = "FILE", description = "The downloaded CSV file.")
  Path file;

  /** The format this command reads. */
  abstract StatisticsFormat format();

  @Override
  public Integer call() throws Exception {
    return StatisticsImportRun.run(this, format(), file, dyads.dyads());
  }
}
