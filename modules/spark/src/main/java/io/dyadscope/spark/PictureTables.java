package io.dyadscope.spark;

import io.dyadscope.events.reference.CameoCodes;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.evidence.Dyad;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The monthly dyad event picture in Spark SQL over the view {@code ev} (the dyad's events, one row per
 * dataset and id, with {@code period} and {@code dupkey}): the same tables, groupings and duplicate
 * rule as the embedded engine's {@code EventQueries}, column for column, which the parity test checks
 * cell by cell. Cross-dataset agreement ({@link #agreements}) collects the monthly counts per dataset
 * (datasets times months: small) and compares them with the embedded engine's own function.
 */
final class PictureTables {

  /** GDELT near-duplicates: same day, actors, CAMEO code and place; root events only. Others: their id. */
  static final String DUPLICATE_KEY = "CASE WHEN dataset <> 'gdelt' THEN event_id WHEN root_event THEN concat_ws('|',"
      + " CAST(day AS STRING), actor1, actor1_iso, actor2, actor2_iso, event_type, country_iso, admin1, location) END";

  private PictureTables() {}

  /** SQL condition: an actor or the place is one of the two countries. */
  static String touches(String a, String b) {
    return "(actor1_iso IN (" + a + ", " + b + ") OR actor2_iso IN (" + a + ", " + b + ") OR country_iso IN (" + a
        + ", " + b + "))";
  }

  /**
   * Creates the view {@code ev} over the view {@code events}, kept (memory, else disk) because every
   * table and the security counts read it; the caller unpersists the returned rows.
   */
  static Dataset<Row> defineView(SparkSession spark, Dyad dyad) {
    String a = literal(dyad.first());
    String b = literal(dyad.second());
    Dataset<Row> ev = spark.sql("SELECT *, date_format(day, 'yyyy-MM') AS period, " + DUPLICATE_KEY
        + " AS dupkey FROM events WHERE " + touches(a, b)).persist(StorageLevel.MEMORY_AND_DISK());
    ev.createOrReplaceTempView("ev");
    return ev;
  }

  /** Table name to its rows, in the order written. */
  static Map<String, Dataset<Row>> tables(SparkSession spark, Dyad dyad, int top) {
    String a = literal(dyad.first());
    String b = literal(dyad.second());
    spark.udf().register("cameo_label", (UDF2<String, String, String>) PictureTables::label, DataTypes.StringType);
    String counts = "count(*) AS events, count(DISTINCT dupkey) AS collapsed, sum(fatalities) AS fatalities,"
        + " sum(fatalities_low) AS low, sum(fatalities_high) AS high";
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    // Every event counts under one or two kinds of type (ACLED: event type and sub-event type; UCDP:
    // violence; GDELT: QuadClass and CAMEO root): one grouping over the pairs, not a union of five
    // groupings, each of which cost Spark two more shuffles for its distinct count.
    out.put("types", spark.sql("SELECT period, dataset, k.kind, cameo_label(k.kind, k.type) AS type, " + counts
        + " FROM ev LATERAL VIEW explode(CASE dataset"
        + " WHEN 'acled' THEN CASE WHEN sub_type <> '' THEN array(" + pair("'event_type'", "event_type") + ", "
        + pair("'sub_event_type'", "sub_type") + ") ELSE array(" + pair("'event_type'", "event_type") + ") END"
        + " WHEN 'ucdp' THEN array(" + pair("'violence'", "event_type") + ")"
        + " WHEN 'gdelt' THEN array(" + pair("'quad_class'", "CAST(quad_class AS STRING)") + ", "
        + pair("'cameo_root'", "root_code") + ") END) t AS k GROUP BY period, dataset, k.kind, k.type"));
    out.put("directions", spark.sql("SELECT period, actor1_iso AS from_iso, actor2_iso AS to_iso, count(*) AS events,"
        + " count(DISTINCT dupkey) AS collapsed, avg(goldstein) AS goldstein_mean,"
        + " sum(tone * mentions) / nullif(sum(mentions), 0) AS tone_weighted FROM ev WHERE dataset = 'gdelt'"
        + " AND ((actor1_iso = " + a + " AND actor2_iso = " + b + ") OR (actor1_iso = " + b + " AND actor2_iso = " + a
        + ")) GROUP BY period, actor1_iso, actor2_iso"));
    out.put("cross_border", spark.sql("SELECT period, dataset, CASE WHEN country_iso = " + b + " THEN " + a + " ELSE "
        + b + " END AS actors_of, country_iso AS in_iso, count(*) AS events, count(DISTINCT dupkey) AS collapsed,"
        + " sum(fatalities) AS fatalities FROM ev WHERE (country_iso = " + b + " AND (actor1_iso = " + a
        + " OR actor2_iso = " + a + ")) OR (country_iso = " + a + " AND (actor1_iso = " + b + " OR actor2_iso = " + b
        + ")) GROUP BY period, dataset, 3, country_iso"));
    out.put("gdelt_volume", spark.sql("SELECT period, count(*) AS raw, count_if(root_event) AS root_events,"
        + " count(DISTINCT dupkey) AS collapsed FROM ev WHERE dataset = 'gdelt' GROUP BY period"));
    out.put("coverage", spark.sql("SELECT dataset, count(*) AS events, min(period) AS first, max(period) AS last"
        + " FROM ev GROUP BY dataset"));
    out.put("actors", spark.sql("SELECT dataset, name, country, events, fatalities FROM (SELECT dataset, name,"
        + " iso AS country, count(*) AS events, sum(f) AS fatalities, row_number() OVER (PARTITION BY dataset ORDER BY"
        + " count(*) DESC, name) AS rk FROM (SELECT dataset, actor1 AS name, actor1_iso AS iso, fatalities AS f"
        + " FROM ev WHERE actor1 <> '' UNION ALL SELECT dataset, actor2, actor2_iso, fatalities FROM ev"
        + " WHERE actor2 <> '') GROUP BY dataset, name, iso) WHERE rk <= " + top));
    out.put("places", spark.sql("SELECT dataset, name, country, events, fatalities FROM (SELECT dataset,"
        + " concat(country_iso, ': ', admin1) AS name, country_iso AS country, count(*) AS events,"
        + " sum(fatalities) AS fatalities, row_number() OVER (PARTITION BY dataset ORDER BY count(*) DESC,"
        + " concat(country_iso, ': ', admin1)) AS rk FROM ev WHERE admin1 <> ''"
        + " GROUP BY dataset, concat(country_iso, ': ', admin1), country_iso) WHERE rk <= " + top));
    return out;
  }

  private static String pair(String kind, String type) {
    return "named_struct('kind', " + kind + ", 'type', " + type + ")";
  }

  /** Tables with a period column, written as {@code month}. */
  static boolean monthly(String table) {
    return !table.equals("coverage") && !table.equals("actors") && !table.equals("places");
  }

  /**
   * Agreement between the datasets month by month (Pearson's r and the months that differ most), as
   * {@link io.dyadscope.events.picture.Agreement#between} computes it for the embedded engine.
   */
  static List<Agreement> agreements(SparkSession spark) {
    Map<String, TreeMap<String, double[]>> monthly = new TreeMap<>();
    for (Row r : spark.sql("SELECT dataset, period, count(DISTINCT dupkey) AS collapsed, sum(fatalities) AS fatalities"
        + " FROM ev GROUP BY dataset, period").collectAsList()) {
      monthly.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getString(1), new double[] {r.getLong(2),
          r.isNullAt(3) ? Double.NaN : ((Number) r.get(3)).doubleValue()});
    }
    return Agreement.between(monthly);
  }

  /** GDELT types carry their CAMEO label, as the embedded picture shows them. */
  static String label(String kind, String type) {
    if (kind.equals("quad_class")) {
      return type + " " + CameoCodes.standard().quadClass(Integer.parseInt(type));
    }
    if (kind.equals("cameo_root")) {
      return type + " " + CameoCodes.standard().rootDescription(type);
    }
    return type;
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
