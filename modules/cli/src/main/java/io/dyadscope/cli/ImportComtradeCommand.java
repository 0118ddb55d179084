package io.dyadscope.cli;

import io.dyadscope.importers.FormatDetector.Format;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import comtrade FILE [--dyad AAA-BBB]}. */
@Command(name = "comtrade", mixinStandardHelpOptions = true,
    description = {"Import a UN Comtrade Plus trade-data CSV (goods, annual or monthly, total and HS chapters).", "Each reporter is a source of its own, so a country's reported exports and its partner's reported imports stand side by side (mirror trade).",
        "All or nothing; re-importing a file adds nothing; changed values replace the old ones and are listed."})
public final class ImportComtradeCommand extends WorkspaceCommand {

  @Mixin
  DyadsOption dyads;

  @Parameters(index = "0", paramLabel = "FILE", description = "The downloaded CSV file.")
  Path file;

  @Override
  public Integer call() throws Exception {
    return StatisticsImportRun.run(this, Format.COMTRADE, file, dyads.dyads());
  }
}
