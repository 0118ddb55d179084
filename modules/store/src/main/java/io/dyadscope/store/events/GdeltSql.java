package io.dyadscope.store.events;

import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.GdeltRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL that reads a GDELT 2.0 or 1.0 file inside DuckDB (pure text, no I/O): {@code read_csv}
 * with an explicit column list and types, bad casts and wrong column counts going to the rejects
 * tables; the rules of {@link GdeltRow} (numeric id, CAMEO codes, QuadClass 1-4, IsRootEvent 0/1,
 * Goldstein -10..10, mentions not negative, finite tone) as one predicate; the dyad filter on the raw
 * codes. Rows kept or breaking a rule land in the temporary table {@code g_pass}, each numbered in
 * file order ({@code ord}, DuckDB's {@code WITH ORDINALITY}, which costs nothing where a
 * {@code row_number()} window costs most of a second scan) so that its line can be told.
 */
final class GdeltSql {

  static final String REJECTS = "g_rejects";
  static final String REJECT_SCANS = "g_reject_scans";

  /** The typed columns (0-based); every other column is read as text. */
  private static final Map<Integer, String> TYPES = Map.of(1, "DATE", 29, "INTEGER", 30, "DOUBLE", 31, "INTEGER",
      34, "DOUBLE");

  private GdeltSql() {}

  /** Columns of the file: 61 for GDELT 2.0; 57 or 58 for GDELT 1.0, as its first line has. */
  static int columns(EventFormat format, int firstLineColumns) {
    return format == EventFormat.GDELT2 ? GdeltRow.V2_COLUMNS : firstLineColumns;
  }

  /** ActionGeo's first column: after the actors' and the two other places' geography. */
  static int action(EventFormat format) {
    return 35 + 2 * (format == EventFormat.GDELT2 ? 8 : 7);
  }

  static String col(int i) {
    return String.format(Locale.ROOT, "c%02d", i);
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * The scan into {@code g_pass}: ord, the fields an event takes, {@code ok} (the row keeps every
   * rule) and {@code keep} (the dyad selection keeps it).
   *
   * @param dyadFips the FIPS codes of the dyad's two countries (the place filter on raw codes)
   */
  static String scan(String file, EventFormat format, int columns, DyadSelection selection, List<String> dyadFips) {
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      cols.add("'" + col(i) + "': '" + TYPES.getOrDefault(i, "VARCHAR") + "'");
    }
    int a = action(format);
    String used = String.join(", ", col(0), col(1), col(6), col(7), col(16), col(17), col(25), col(26), col(27),
        col(28), col(29), col(30), col(31), col(34), col(a + 1), col(a + 2), col(a + 3));
    String ok = "coalesce(regexp_full_match(c00, '[0-9]+') AND c01 IS NOT NULL AND regexp_full_match(c26, '[0-9]+')"
        + " AND regexp_full_match(c28, '[0-9]+') AND c29 BETWEEN 1 AND 4 AND c25 IN ('0', '1') AND isfinite(c30)"
        + " AND c30 BETWEEN -10 AND 10 AND c31 >= 0 AND isfinite(c34), false)";
    String keep;
    if (selection.allRows()) {
      keep = "true";
    } else {
      String isos = literal(selection.dyad().first()) + ", " + literal(selection.dyad().second());
      keep = "coalesce(c07 IN (" + isos + ") OR c17 IN (" + isos + ")" + (dyadFips.isEmpty() ? ""
          : " OR " + col(a + 2) + " IN (" + String.join(", ", dyadFips.stream().map(GdeltSql::literal).toList()) + ")")
          + ", false)";
    }
    return "CREATE OR REPLACE TEMP TABLE g_pass AS SELECT * FROM (SELECT *, " + ok + " AS ok, " + keep + " AS keep"
        + " FROM (SELECT ordinality AS ord, " + used + " FROM read_csv(" + literal(file)
        + ", delim = '\\t', header = false, quote = '', escape = '', auto_detect = false, dateformat = '%Y%m%d',"
        + " store_rejects = true, rejects_table = '" + REJECTS + "', rejects_scan = '" + REJECT_SCANS + "',"
        + " columns = {" + String.join(", ", cols) + "}) WITH ORDINALITY)) WHERE keep OR NOT ok";
  }

  /**
   * Stages the kept rows that keep every rule, mapped to the event table: actor countries through
   * the CAMEO states ({@code ref_cameo}), the place through FIPS ({@code ref_fips}).
   */
  static String stage(String file, EventFormat format, long seqBase) {
    int a = action(format);
    return "INSERT INTO stage_events SELECT " + seqBase + " + g.ord, 'gdelt', g.c00, " + literal(file) + ", g.line,"
        + " g.c01, g.c26, trim(coalesce(g.c27, '')), g.c28, g.c29, g.c25 = '1', trim(coalesce(g.c06, '')),"
        + " coalesce(a1.iso3, ''), trim(coalesce(g.c16, '')), coalesce(a2.iso3, ''), coalesce(f.iso3, ''),"
        + " trim(coalesce(g." + col(a + 3) + ", '')), trim(coalesce(g." + col(a + 1) + ", '')), NULL, NULL, NULL,"
        + " g.c30, g.c31, g.c34"
        + " FROM g_pass g LEFT JOIN ref_cameo a1 ON a1.iso3 = g.c07 LEFT JOIN ref_cameo a2 ON a2.iso3 = g.c17"
        + " LEFT JOIN ref_fips f ON f.fips = g." + col(a + 2) + " WHERE g.ok AND g.keep";
  }

  /**
   * Gives the rows of {@code g_pass} their physical lines: the ord-th row read is on line ord plus
   * the rejected lines before it (rejected line j, in order, has {@code line - j} rows before it).
   */
  static String lines(boolean rejects) {
    if (!rejects) {
      return "CREATE OR REPLACE TEMP TABLE g_pass AS SELECT ord AS line, * FROM g_pass";
    }
    return "CREATE OR REPLACE TEMP TABLE g_pass AS SELECT g.ord + (SELECT count(*) FROM (SELECT line - row_number()"
        + " OVER (ORDER BY line) AS rows_before FROM (SELECT DISTINCT line FROM " + REJECTS + ")) r"
        + " WHERE r.rows_before < g.ord) AS line, g.* FROM g_pass g";
  }
}
