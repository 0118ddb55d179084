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
 * codes. Rows kept or breaking a rule go straight to the import's staging table, each with its line:
 * from its id where the ids tell lines ({@link IdRuns}: DuckDB reads on every core), else numbered in
 * file order ({@code ord}, DuckDB's {@code WITH ORDINALITY}, which costs nothing where a
 * {@code row_number()} window costs most of a second scan, but reads on one thread).
 */
final class GdeltSql {

  static final String REJECTS = "g_rejects";
  static final String REJECT_SCANS = "g_reject_scans";
  /** Where the file's ids stand ({@link IdRuns}): first and last id and first line of each run. */
  static final String RUNS = "g_runs";

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
   * One statement: the scan, the rules, the dyad filter and the mapping to the event table, straight
   * into {@code stage_events} (no table between, which cost as much as the scan's own work). Rows
   * kept that keep every rule get {@code seq = seqBase + ord}; rows breaking a rule are staged too,
   * with {@code seq = -ord} and nothing but their place, so that the few of them can be told and
   * then deleted. {@code line} is the row's ordinal among those DuckDB read ({@link #lines} makes it
   * the physical line when the rejects table holds lines). Actor countries go through the CAMEO
   * states ({@code ref_cameo}), the place through FIPS ({@code ref_fips}).
   *
   * @param dyadFips the FIPS codes of the dyad's two countries (the place filter on raw codes)
   * @param byId     rows get their lines from their ids through {@link #RUNS}, so that DuckDB may read the
   *                 file on every core in any order; else they are numbered in file order ({@code WITH
   *                 ORDINALITY}), which holds the scan to one thread
   */
  static String stage(String file, String name, EventFormat format, int columns, DyadSelection selection,
      List<String> dyadFips, long seqBase, boolean byId) {
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      cols.add("'" + col(i) + "': '" + TYPES.getOrDefault(i, "VARCHAR") + "'");
    }
    int a = action(format);
    String used = String.join(", ", col(0), col(1), col(6), col(7), col(16), col(17), col(25), col(26), col(27),
        col(28), col(29), col(30), col(31), col(34), col(a + 1), col(a + 2), col(a + 3));
    // Read by id, every line has been seen to begin with a number and a tab: c00 needs no second look.
    String ok = "coalesce(" + (byId ? "" : "regexp_full_match(c00, '[0-9]+') AND ")
        + "c01 IS NOT NULL AND regexp_full_match(c26, '[0-9]+')"
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
    String read = "read_csv(" + literal(file) + ", delim = '\\t', header = false, quote = '', escape = '',"
        + " auto_detect = false, dateformat = '%Y%m%d', store_rejects = true, rejects_table = '" + REJECTS + "',"
        + " rejects_scan = '" + REJECT_SCANS + "', columns = {" + String.join(", ", cols) + "})";
    String scan;
    if (byId) {
      // Rows kept or breaking a rule are placed by their ids; the filter comes before the join.
      scan = "SELECT f.*, r.first_line + (TRY_CAST(f.c00 AS BIGINT) - r.first_id) AS ord FROM (SELECT * FROM"
          + " (SELECT *, " + ok + " AS ok, " + keep + " AS keep FROM (SELECT " + used + " FROM " + read + "))"
          + " WHERE keep OR NOT ok) f LEFT JOIN " + RUNS + " r ON TRY_CAST(f.c00 AS BIGINT) BETWEEN r.first_id"
          + " AND r.last_id";
    } else {
      scan = "SELECT *, " + ok + " AS ok, " + keep + " AS keep FROM (SELECT ordinality AS ord, " + used + " FROM "
          + read + " WITH ORDINALITY)";
    }
    // A row breaking a rule may hold any number (QuadClass 300): only the rows kept are cast to the table's types.
    return "INSERT INTO stage_events SELECT CASE WHEN g.ok THEN " + seqBase + " + g.ord ELSE -g.ord END, 'gdelt',"
        + " g.c00, " + literal(name) + ", g.ord, g.c01, g.c26, trim(coalesce(g.c27, '')), g.c28,"
        + " CASE WHEN g.ok THEN g.c29 END, g.c25 = '1', trim(coalesce(g.c06, '')),"
        + " coalesce(a1.iso3, ''), trim(coalesce(g.c16, '')), coalesce(a2.iso3, ''), coalesce(f.iso3, ''),"
        + " trim(coalesce(g." + col(a + 3) + ", '')), trim(coalesce(g." + col(a + 1) + ", '')), NULL, NULL, NULL,"
        + " g.c30, g.c31, g.c34"
        + " FROM (" + scan + ") g LEFT JOIN ref_cameo a1 ON a1.iso3 = g.c07 LEFT JOIN ref_cameo a2 ON a2.iso3 = g.c17"
        + " LEFT JOIN ref_fips f ON f.fips = g." + col(a + 2) + " WHERE g.keep OR NOT g.ok";
  }

  /** The file's rows staged (kept, or breaking a rule): after {@code seqBase}, or below zero. */
  static String staged(long seqBase) {
    return "(seq > " + seqBase + " OR seq < 0)";
  }

  /**
   * Gives the staged rows of the file their physical lines, when the rejects table holds lines: the
   * ord-th row read is on line ord plus the rejected lines before it (rejected line j, in order, has
   * {@code line - j} rows before it).
   */
  static String lines(long seqBase) {
    return "UPDATE stage_events s SET line = s.line + (SELECT count(*) FROM (SELECT line - row_number()"
        + " OVER (ORDER BY line) AS rows_before FROM (SELECT DISTINCT line FROM " + REJECTS + ")) r"
        + " WHERE r.rows_before < s.line) WHERE " + staged(seqBase);
  }
}
