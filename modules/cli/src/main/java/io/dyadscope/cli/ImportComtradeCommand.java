package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import comtrade FILE [--dyad AAA-BBB]}. */
@Command(name = "comtrade", mixinStandardHelpOptions = true,
    description = {"Import a UN Comtrade Plus trade-data CSV (goods, annual or monthly, total and HS chapters).", "Each reporter is a source of its own, so a country's reported exports and its partner's reported imports stand side by side (mirror trade).",
        StatisticsImportCommand.ALL_OR_NOTHING})
public final class ImportComtradeCommand extends StatisticsImportCommand {}
