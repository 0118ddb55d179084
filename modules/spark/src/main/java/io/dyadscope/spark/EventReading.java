package io.dyadscope.spark;

import io.dyadscope.events.EventFormat;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.Dyad;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads the job's inputs two ways and puts them together. Plain GDELT files that {@link FileCheck}
 * finds fast are read by Spark's CSV source ({@link GdeltCsv}); a file among them with a row the SQL
 * rules refuse, and every other file (zips, ACLED and UCDP with their quoting, odd GDELT files), is read
 * with the embedded engine's reader, one task per file ({@link FileReading}), which words bad rows
 * exactly as the embedded import ({@code file:line:column: message}, strict or lenient).
 *
 * <p>The result: the view {@code read_events} (the kept events of both ways, with {@code block} and
 * {@code pos} ordering rows within a file), each file's counts, and the rejected rows (lenient).
 */
final class EventReading {

  private static final List<String> EVENT_COLUMNS = List.of("dataset", "event_id", "file", "line", "day", "event_type",
      "sub_type", "root_code", "quad_class", "root_event", "actor1", "actor1_iso", "actor2", "actor2_iso",
      "country_iso", "admin1", "location", "fatalities", "fatalities_low", "fatalities_high", "goldstein", "mentions",
      "tone", "block", "pos");

  /** Files' counts in name order; rejected rows ({@code file}, {@code line}, {@code problem}, {@code record}). */
  record Result(List<Row> summaries, Dataset<Row> rejects, List<Dataset<Row>> persisted) {}

  private EventReading() {}

  /**
   * Reads and defines {@code read_events}; the caller unpersists {@link Result#persisted()} at the end.
   * A strict read's bad row fails a Spark job with {@link FileReading.BadInputException} inside.
   */
  static Result read(SparkSession spark, JobOptions o) {
    List<Dataset<Row>> persisted = new ArrayList<>();
    try {
      return read(spark, o, persisted);
    } catch (RuntimeException e) {
      // A strict read's bad row (or any failure): nothing is left cached for the caller to free
      persisted.forEach(Dataset::unpersist);
      throw e;
    }
  }

  private static Result read(SparkSession spark, JobOptions o, List<Dataset<Row>> persisted) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, jsc.defaultParallelism());
    String inputs = String.join(",", o.inputs());
    List<FileCheck> checks = new ArrayList<>(jsc.binaryFiles(inputs, slices)
        .map(new FileCheck.Task(o.format() == null ? null : o.format().id())).collect());
    checks.sort(Comparator.comparing(FileCheck::name));
    List<Row> summaries = new ArrayList<>();
    List<Dataset<Row>> events = new ArrayList<>();
    Set<FileCheck> rowByRow = new LinkedHashSet<>();
    Map<String, FileCheck> byUri = new HashMap<>();
    Map<EventFormat, List<String>> fast = new HashMap<>();
    for (FileCheck c : checks) {
      if (c.fast()) {
        byUri.put(uri(c.path()), c);
        fast.computeIfAbsent(EventFormat.parse(c.format()), k -> new ArrayList<>()).add(c.path());
      } else {
        rowByRow.add(c);
      }
    }
    if (!fast.isEmpty()) {
      List<Row> names = new ArrayList<>();
      Set<String> refused = new LinkedHashSet<>();
      Map<String, Long> kept = new HashMap<>();
      for (var group : fast.entrySet()) {
        Dataset<Row> rows = GdeltCsv.candidates(spark, group.getValue(), group.getKey(), o.dyad(),
            CountryCodes.standard()).persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(rows);
        for (Row r : rows.groupBy("file_path").agg(functions.expr("count_if(NOT ok)"), functions.expr("count_if(ok)"))
            .collectAsList()) {
          String uri = uri(r.getString(0));
          if (!byUri.containsKey(uri)) {
            throw new IllegalStateException("Spark read a file it was not given: " + r.getString(0));
          }
          if (r.getLong(1) > 0) {
            refused.add(uri);
          } else {
            names.add(RowFactory.create(r.getString(0), byUri.get(uri).name()));
          }
          kept.put(uri, r.getLong(2));
        }
        events.add(GdeltCsv.mapped(spark, rows.where("ok"), CountryCodes.standard()));
      }
      for (var e : byUri.entrySet()) {
        FileCheck c = e.getValue();
        if (refused.contains(e.getKey())) {
          rowByRow.add(c);
        } else {
          long k = kept.getOrDefault(e.getKey(), 0L);
          summaries.add(RowFactory.create(c.name(), c.lines(), k, c.lines() - k, 0L));
        }
      }
      // The files' names (an inner join: the rows of refused files, read again row by row, drop out)
      Dataset<Row> files = spark.createDataFrame(names, new StructType().add("file_path", DataTypes.StringType)
          .add("file", DataTypes.StringType));
      List<Dataset<Row>> named = new ArrayList<>();
      for (Dataset<Row> e : events) {
        named.add(e.join(functions.broadcast(files), "file_path").select(columns()));
      }
      events = named;
    }
    Dataset<Row> rejects = spark.createDataFrame(List.of(), new StructType().add("file", DataTypes.StringType)
        .add("line", DataTypes.LongType).add("problem", DataTypes.StringType).add("record", DataTypes.StringType));
    if (!rowByRow.isEmpty()) {
      var read = jsc.binaryFiles(String.join(",", rowByRow.stream().map(FileCheck::path).toList()), slices)
          .flatMap(new FileReading(o.dyad().id(), o.format() == null ? null : o.format().id(), o.lenient()));
      Dataset<Row> all = spark.createDataFrame(read, EventRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
      persisted.add(all);
      summaries.addAll(all.filter("kind = 'summary'").select("file", "rows", "kept", "outside", "rejected")
          .collectAsList());
      events.add(all.filter("kind = 'event'").withColumn("block", functions.lit(0L))
          .withColumn("pos", functions.col("line")).select(columns()));
      rejects = all.filter("kind = 'reject'").select("file", "line", "problem", "record");
    }
    summaries.sort(Comparator.comparing(r -> r.getString(0)));
    Dataset<Row> union = events.stream().reduce(Dataset::unionByName).orElseGet(() -> emptyEvents(spark));
    union.createOrReplaceTempView("read_events");
    return new Result(summaries, rejects, persisted);
  }

  private static org.apache.spark.sql.Column[] columns() {
    return EVENT_COLUMNS.stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static Dataset<Row> emptyEvents(SparkSession spark) {
    StructType s = new StructType();
    for (String c : EVENT_COLUMNS) {
      s = c.equals("block") || c.equals("pos") ? s.add(c, DataTypes.LongType) : s.add(EventRows.SCHEMA.apply(c));
    }
    return spark.createDataFrame(List.of(), s);
  }

  /**
   * A file as one string whichever way Spark names it: {@code binaryFiles} gives a Hadoop path
   * ({@code file:/a b}), {@code input_file_name()} a URI ({@code file:///a%20b}); both become {@code
   * file:/a%20b}.
   */
  static String uri(String path) {
    URI u;
    try {
      u = new URI(path);
    } catch (URISyntaxException e) {
      u = new org.apache.hadoop.fs.Path(path).toUri();
    }
    String authority = u.getRawAuthority() == null ? "" : u.getRawAuthority();
    return (u.getScheme() == null ? "" : u.getScheme() + ":") + (authority.isEmpty() ? "" : "//" + authority)
        + u.getRawPath();
  }
}
