package io.dyadscope.importers.imf;

/**
 * One figure of an IMF Direction of Trade table: what {@code reporter} reports of its trade with
 * {@code partner} in {@code year}, read from a workbook cell or a CSV row.
 *
 * @param reporter alpha-3 of the reporting country
 * @param partner  alpha-3 of the partner
 * @param exports  true for the reporter's exports (FOB), false for its imports (CIF)
 * @param year     the year
 * @param value    US dollars, millions
 * @param estimate true where the IMF marks the value as its own estimate ({@code e}): for a
 *                 reporter that sent no figures, estimated from its partners' reports
 * @param line     the line (CSV) or row (workbook) it was read from, for problems
 * @param where    the sheet and cell (workbook) or the file name (CSV), for the note
 */
record DotsFigure(String reporter, String partner, boolean exports, int year, double value, boolean estimate,
    int line, String where) {}
