package io.dyadscope.spark;

import io.dyadscope.events.EventFormat;
import io.dyadscope.events.GdeltRow;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.Dyad;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Plain GDELT files read by Spark's own CSV source with a schema (tab-separated, quoting off, every
 * column text; Spark parses only the columns used), the rules of {@link GdeltRow} and the dyad filter
 * in Spark SQL, and the mapping to the event columns in SQL: no per-row Java code, so the read scales
 * with Spark's cores. Only files {@link FileCheck} found fast come here, so every line is one row with
 * its format's columns.
 *
 * <p>The rules are one predicate, {@code ok}, at least as strict as {@link GdeltRow} (numeric id, a real
 * date YYYYMMDD, numeric event and root codes, QuadClass 1-4, IsRootEvent 0/1, Goldstein in -10..10,
 * NumMentions digits only, a finite AvgTone, actor countries mapped as that reader maps them), in
 * built-in functions only: casts and comparisons, which cost a fraction of a regular expression per row.
 * Spark's cast to DOUBLE is Java's {@code Double.parseDouble}, as the row-by-row reader's, and reads
 * words for infinity and NaN besides, which the range and finiteness checks refuse. A row the predicate
 * refuses is a bad row or an unusual good one (an id "+7", an actor country "pak" that the row-by-row
 * reader upper-cases, a year 0): either way
 * the caller reads that whole file again with {@link FileReading}, which decides and words the
 * problems exactly as the embedded engine. The rows returned are those kept for the dyad and those the
 * predicate refuses ({@code ok} false), which are only counted.
 *
 * <p>Rows carry no line number: lines matter for the messages of bad rows (the row-by-row reader's) and
 * for "the last read wins" between rows with one id, which orders rows of one file by {@code block}
 * (where the split of the file starts) and {@code pos} ({@code monotonically_increasing_id}, increasing
 * through a split in file order).
 */
final class GdeltCsv {

  /**
   * Digits only ({@code [0-9]+}, at most 18): Spark's {@code try_cast} to BIGINT reads digits with an
   * optional sign and white space around them, and no fraction; a digit first and last leaves digits only.
   */
  private static String digits(String c) {
    return "(try_cast(" + c + " AS BIGINT) IS NOT NULL AND left(" + c + ", 1) BETWEEN '0' AND '9' AND right(" + c
        + ", 1) BETWEEN '0' AND '9')";
  }

  /**
   * A CAMEO actor country that Spark maps as the row-by-row reader does: that reader upper-cases a
   * three-character code before looking it up; here the code is looked up as written, so a code that
   * would only be found upper-cased ("pak"), or any other three characters not plain ASCII, is refused.
   */
  private static String actorCountry(String c, String isos) {
    return "(" + c + " IS NULL OR length(" + c + ") <> 3 OR " + c + " IN (" + isos + ") OR (octet_length(" + c
        + ") = 3 AND upper(" + c + ") NOT IN (" + isos + ")))";
  }

  /** SQLDATE's year, month and day, read as a number: checked by arithmetic, made a date only for kept rows. */
  private static final String Y = "(try_cast(c01 AS BIGINT) div 10000)";
  private static final String M = "(try_cast(c01 AS BIGINT) div 100 % 100)";
  private static final String D = "(try_cast(c01 AS BIGINT) % 100)";

  private GdeltCsv() {}

  /** ActionGeo's first column: after the actors' and the two other places' geography. */
  static int action(EventFormat format) {
    return 35 + 2 * (format == EventFormat.GDELT2 ? 8 : 7);
  }

  private static String col(int i) {
    return String.format(Locale.ROOT, "c%02d", i);
  }

  /** Every column as text: 61 for GDELT 2.0, 58 for 1.0 (a 57-column row reads its last one as null). */
  static StructType schema(EventFormat format) {
    int columns = format == EventFormat.GDELT2 ? GdeltRow.V2_COLUMNS : GdeltRow.V1_COLUMNS + 1;
    StructType s = new StructType();
    for (int i = 0; i < columns; i++) {
      s = s.add(col(i), DataTypes.StringType, true);
    }
    return s;
  }

  /** {@code paths} through Spark's CSV source: tab-separated, quoting off, every column text. */
  static Dataset<Row> read(SparkSession spark, List<String> paths, EventFormat format) {
    return spark.read().schema(schema(format)).option("sep", "\t").option("quote", "").option("header", "false")
        .option("mode", "PERMISSIVE").csv(paths.toArray(String[]::new));
  }

  /** SQL condition on the raw columns: an actor country (CAMEO) or the action's place (FIPS) is in the dyad. */
  static String keep(EventFormat format, Dyad dyad, CountryCodes codes) {
    List<String> dyadIsos = new ArrayList<>();
    for (String iso : List.of(dyad.first(), dyad.second())) {
      if (codes.iso3Codes().contains(iso)) {
        dyadIsos.add(PictureTables.literal(iso));
      }
    }
    List<String> dyadFips = codes.fipsCodesOf(dyad.first(), dyad.second()).stream().map(PictureTables::literal)
        .toList();
    return "coalesce(" + (dyadIsos.isEmpty() ? "false" : "c07 IN (" + String.join(", ", dyadIsos) + ") OR c17 IN ("
        + String.join(", ", dyadIsos) + ")") + (dyadFips.isEmpty() ? "" : " OR " + col(action(format) + 2) + " IN ("
        + String.join(", ", dyadFips) + ")") + ", false)";
  }

  /**
   * The rows of {@code paths} (all of {@code format}) that the dyad keeps or the rules refuse, as read
   * (the columns used, text), with {@code ok}, {@code keep}, {@code file_path} (as {@code
   * input_file_name()} names it), {@code block} and {@code pos}. The caller keeps them (a tenth of the
   * rows, or fewer) and maps the good ones with {@link #mapped}, in a later stage: mapped in the scan's
   * stage, the generated code grew too large for the JIT again.
   */
  static Dataset<Row> candidates(SparkSession spark, List<String> paths, EventFormat format, Dyad dyad,
      CountryCodes codes) {
    int a = action(format);
    Dataset<Row> raw = read(spark, paths, format);
    String keep = keep(format, dyad, codes);
    String isos = String.join(", ", codes.iso3Codes().stream().map(PictureTables::literal).toList());
    String lastDay = "CASE WHEN " + M + " = 2 THEN CASE WHEN (" + Y + " % 4 = 0 AND " + Y + " % 100 <> 0) OR " + Y
        + " % 400 = 0 THEN 29 ELSE 28 END WHEN " + M + " IN (4, 6, 9, 11) THEN 30 ELSE 31 END";
    String ok = "coalesce(" + digits("c00") + " AND length(c01) = 8 AND " + digits("c01") + " AND " + Y + " >= 1 AND "
        + M + " BETWEEN 1 AND 12 AND " + D + " BETWEEN 1 AND " + lastDay + " AND " + digits("c26") + " AND "
        + digits("c28") + " AND c29 IN ('1', '2', '3', '4') AND c25 IN ('0', '1')"
        + " AND try_cast(c30 AS DOUBLE) BETWEEN -10 AND 10 AND try_cast(c31 AS INT) >= 0 AND left(c31, 1) BETWEEN '0'"
        + " AND '9' AND right(c31, 1) BETWEEN '0' AND '9' AND abs(try_cast(c34 AS DOUBLE)) < double('Infinity') AND "
        + actorCountry("c07", isos) + " AND " + actorCountry("c17", isos) + ", false)";
    // The position counter here, before the filter, also keeps Spark from pushing the filter below this
    // projection: pushed, the predicate was inlined twice into one generated method, too large for the JIT
    // to compile (the scan then took four times as long). File and split only for the rows left.
    Dataset<Row> rows = raw.selectExpr("c00", "c01", "c06", "c07", "c16", "c17", "c25", "c26", "c27", "c28", "c29",
        "c30", "c31", "c34", col(a + 1) + " AS geo_name", col(a + 2) + " AS geo_country", col(a + 3) + " AS geo_adm1",
        ok + " AS ok", keep + " AS keep", "monotonically_increasing_id() AS pos")
        .where("keep OR NOT ok")
        .selectExpr("*", "input_file_name() AS file_path", "input_file_block_start() AS block");
    return rows;
  }

  /**
   * Candidates' event columns ({@link EventRows}'s names; {@code line} null) beside {@code file_path},
   * {@code block}, {@code pos}: actor countries through the CAMEO states, the place through FIPS.
   */
  static Dataset<Row> mapped(SparkSession spark, Dataset<Row> rows, CountryCodes codes) {
    String isos = String.join(", ", codes.iso3Codes().stream().map(PictureTables::literal).toList());
    Dataset<Row> fips = spark.createDataFrame(fipsRows(codes.fipsTable()), new StructType()
        .add("fips", DataTypes.StringType, false).add("fips_iso", DataTypes.StringType, false));
    return rows.join(functions.broadcast(fips), rows.col("geo_country").equalTo(fips.col("fips")), "left_outer")
        .selectExpr("file_path", "block", "pos", "'gdelt' AS dataset", "c00 AS event_id",
            "CAST(NULL AS BIGINT) AS line",
            "make_date(int(" + Y + "), int(" + M + "), int(" + D + ")) AS day",
            "c26 AS event_type", "coalesce(c27, '') AS sub_type",
            "c28 AS root_code", "try_cast(c29 AS INT) AS quad_class", "c25 = '1' AS root_event",
            "coalesce(c06, '') AS actor1", "CASE WHEN c07 IN (" + isos + ") THEN c07 ELSE '' END AS actor1_iso",
            "coalesce(c16, '') AS actor2", "CASE WHEN c17 IN (" + isos + ") THEN c17 ELSE '' END AS actor2_iso",
            "coalesce(fips_iso, '') AS country_iso", "coalesce(geo_adm1, '') AS admin1",
            "coalesce(geo_name, '') AS location", "CAST(NULL AS INT) AS fatalities",
            "CAST(NULL AS INT) AS fatalities_low", "CAST(NULL AS INT) AS fatalities_high",
            "try_cast(c30 AS DOUBLE) AS goldstein", "try_cast(c31 AS INT) AS mentions", "try_cast(c34 AS DOUBLE) AS tone");
  }

  private static List<Row> fipsRows(Map<String, String> table) {
    List<Row> out = new ArrayList<>();
    table.forEach((fips, iso) -> out.add(RowFactory.create(fips, iso)));
    return out;
  }
}
