package io.dyadscope.cli;

import picocli.CommandLine.Command;

/** {@code dyadscope import imf-dots FILE [--dyad AAA-BBB]}. */
@Command(name = "imf-dots", mixinStandardHelpOptions = true,
    description = {"Import IMF Direction of Trade Statistics: a country-table workbook (.xlsx, sheets 'Exports, FOB' and",
        "'Imports, CIF') or the long CSV (reporter_iso3,partner_iso3,flow,year,value_usd_millions,imf_estimate).",
        "Each reporter is a source of its own (imf-dots-PAK), so a country's exports and its partner's imports stand",
        "side by side (mirror trade); values the IMF estimated (marked e) cite imf-dots-XXX-e and say so in the note.",
        StatisticsImportCommand.ALL_OR_NOTHING})
public final class ImportImfDotsCommand extends StatisticsImportCommand {}
