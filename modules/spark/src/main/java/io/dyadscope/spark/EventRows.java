package io.dyadscope.spark;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.Event;
import io.dyadscope.evidence.imports.ImportProblem;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What reading a file row by row ({@link FileReading}) hands to Spark: one row per kept event (its columns named as in the workspace's
 * {@code events} table, so the two engines' queries read alike), one per rejected row (lenient), and
 * one summary per file. Kept in one schema so that a file is read once.
 */
final class EventRows {

  static final String EVENT = "event";
  static final String REJECT = "reject";
  static final String SUMMARY = "summary";

  static final StructType SCHEMA = new StructType(new StructField[] {
      field("kind", DataTypes.StringType, false),
      field("dataset", DataTypes.StringType, true),
      field("event_id", DataTypes.StringType, true),
      field("file", DataTypes.StringType, false),
      field("line", DataTypes.LongType, false),
      field("day", DataTypes.DateType, true),
      field("event_type", DataTypes.StringType, true),
      field("sub_type", DataTypes.StringType, true),
      field("root_code", DataTypes.StringType, true),
      field("quad_class", DataTypes.IntegerType, true),
      field("root_event", DataTypes.BooleanType, true),
      field("actor1", DataTypes.StringType, true),
      field("actor1_iso", DataTypes.StringType, true),
      field("actor2", DataTypes.StringType, true),
      field("actor2_iso", DataTypes.StringType, true),
      field("country_iso", DataTypes.StringType, true),
      field("admin1", DataTypes.StringType, true),
      field("location", DataTypes.StringType, true),
      field("fatalities", DataTypes.IntegerType, true),
      field("fatalities_low", DataTypes.IntegerType, true),
      field("fatalities_high", DataTypes.IntegerType, true),
      field("goldstein", DataTypes.DoubleType, true),
      field("mentions", DataTypes.IntegerType, true),
      field("tone", DataTypes.DoubleType, true),
      // reject rows: the problem (file:line:column: message) and the record as read
      field("problem", DataTypes.StringType, true),
      field("record", DataTypes.StringType, true),
      // summary rows: the file's counts (ReadSummary)
      field("rows", DataTypes.LongType, true),
      field("kept", DataTypes.LongType, true),
      field("outside", DataTypes.LongType, true),
      field("rejected", DataTypes.LongType, true)});

  private EventRows() {}

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  static Row event(Event e) {
    return RowFactory.create(EVENT, e.dataset().id(), e.eventId(), e.file(), e.line(), e.date(),
        e.eventType(), e.subType(), e.rootCode(), e.quadClass(), e.rootEvent(), e.actor1(), e.actor1Iso(),
        e.actor2(), e.actor2Iso(), e.countryIso(), e.admin1(), e.location(), e.fatalities(), e.fatalitiesLow(),
        e.fatalitiesHigh(), e.goldstein(), e.mentions(), e.tone(), null, null, null, null, null, null);
  }

  static Row reject(ImportProblem p, String record) {
    Object[] v = new Object[SCHEMA.size()];
    v[0] = REJECT;
    v[3] = p.file();
    v[4] = (long) p.line();
    v[24] = p.toString();
    v[25] = record;
    return RowFactory.create(v);
  }

  static Row summary(String file, long rows, long kept, long outside, long rejected) {
    Object[] v = new Object[SCHEMA.size()];
    v[0] = SUMMARY;
    v[3] = file;
    v[4] = 0L;
    v[26] = rows;
    v[27] = kept;
    v[28] = outside;
    v[29] = rejected;
    return RowFactory.create(v);
  }

  /** An event row (as selected from the events view, without the extra columns) back to an event. */
  static Event toEvent(Row r) {
    // GDELT rows read by Spark's CSV source have no line (see GdeltCsv): nothing after reading reads it, and
    // an event's line must be positive, so they stand at line 1.
    Object line = r.getAs("line");
    return new Event(Dataset.parse(r.getAs("dataset")), r.getAs("event_id"), r.getAs("file"),
        line == null ? 1L : (Long) line,
        day(r.getAs("day")), r.getAs("event_type"), r.getAs("sub_type"), r.getAs("root_code"),
        r.<Integer>getAs("quad_class"), r.<Boolean>getAs("root_event"), r.getAs("actor1"), r.getAs("actor1_iso"),
        r.getAs("actor2"), r.getAs("actor2_iso"), r.getAs("country_iso"), r.getAs("admin1"), r.getAs("location"),
        r.getAs("fatalities"), r.getAs("fatalities_low"), r.getAs("fatalities_high"), r.getAs("goldstein"),
        r.getAs("mentions"), r.getAs("tone"));
  }

  /** The job runs with {@code spark.sql.datetime.java8API.enabled}; a java.sql.Date is accepted too. */
  private static LocalDate day(Object v) {
    return v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
  }
}
