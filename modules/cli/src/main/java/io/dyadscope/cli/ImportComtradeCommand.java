package io.dyadscope.cli;

import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.importers.StatisticsFormats;
import picocli.CommandLine.Command;

/** {@code dyadscope import comtrade FILE [--dyad AAA-BBB]}. */
@Command(name = "comtrade", mixinStandardHelpOptions = true,
    description = {"Import a UN Comtrade Plus trade-data CSV (goods, annual or monthly, total and HS chapters).", "Each reporter is a source of its own, so a country's reported exports and its partner's reported imports stand side by side (mirror trade).",
        "All or nothing; re-importing a file adds nothing; changed values replace the old ones and are listed."})
public final class ImportComtradeCommand extends StatisticsImportCommand {

  @Override
  StatisticsFormat format() {
    return StatisticsFormats.COMTRADE;
  }
}
