package io.dyadscope.spark;

import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The event pipeline on Spark: reads GDELT 2.0/1.0, ACLED and UCDP GED files ({@link EventReading}:
 * plain GDELT files with Spark's CSV source and the rules in SQL, every other file, and any with a row
 * the SQL refuses, with the embedded engine's reader), keeps the dyad's events, and writes under the
 * output directory: {@code picture/<table>} (Parquet by dyad, one file per table; the monthly tables
 * have a {@code month} column), {@code indicators} (Parquet, yearly security indicators by dyad), {@code
 * indicators.csv} and {@code sources.csv} (for {@code dyadscope import indicators}), {@code summary.txt},
 * and, when lenient, {@code rejects} (text: {@code # file:line:column: message} then the record).
 * Run with spark-submit; exit status 1 for bad input or options, 4 for anything else.
 */
public final class EventJob {

  private EventJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("dyadscope events " + options.dyad().id()).getOrCreate();
    int status = 0;
    try {
      JobResult r = run(spark, options);
      r.describe().forEach(System.out::println);
    } catch (BadInput e) {
      System.err.println("error: " + e.getMessage());
      status = 1;
    } catch (IOException | RuntimeException e) {
      System.err.println("internal error: " + e);
      status = 4;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Bad input (a strict read's bad row, a file-level problem, a bad rule file), named by file and line. */
  public static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Runs the job on a session the caller owns (spark-submit's, or a test's local one). */
  public static JobResult run(SparkSession spark, JobOptions o) throws BadInput, IOException {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    EventRules rules;
    byte[] ruleBytes;
    String ruleName;
    try {
      if (o.rules() == null) {
        rules = EventRules.standard();
        ruleName = rules.name();
        try (var in = EventRules.class.getResourceAsStream(EventRules.RESOURCE)) {
          ruleBytes = in.readAllBytes();
        }
      } else {
        ruleName = o.rules();
        ruleBytes = Files.readAllBytes(Path.of(o.rules()));
        rules = EventRules.parse(ruleName, ruleBytes, IndicatorCatalogue.standard());
      }
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage(), e);
    }
    EventReading.Result read;
    try {
      read = EventReading.read(spark, o);
    } catch (Exception e) {
      // Spark rethrows a task's failure as a SparkException, undeclared: hence Exception.
      throw badInput(e);
    }
    Dataset<Row> ev = null;
    try {
      List<Row> summaries = read.summaries();
      // An id read twice (a revised export beside the old one): the last read wins, files in name order,
      // as the embedded import keeps the last of the files it is given in that order; within a file the
      // last row (block and pos: see GdeltCsv).
      spark.sql("SELECT *, row_number() OVER (PARTITION BY dataset, event_id ORDER BY file DESC, block DESC,"
          + " pos DESC) AS rn FROM read_events").filter("rn = 1").drop("rn", "block", "pos")
          .createOrReplaceTempView("events");
      ev = PictureTables.defineView(spark, o.dyad());
      String out = o.out().replaceAll("/+$", "");
      Map<String, Dataset<Row>> tables = PictureTables.tables(spark, o.dyad(), o.top());
      for (var t : tables.entrySet()) {
        Dataset<Row> d = t.getValue().withColumn("dyad", functions.lit(o.dyad().id()));
        if (PictureTables.monthly(t.getKey())) {
          d = d.withColumnRenamed("period", "month");
        }
        // Small tables: one file each per dyad (a file per month cost a fixed time that no core shortens)
        d.coalesce(1).write().mode(SaveMode.Overwrite).partitionBy("dyad").parquet(out + "/picture/" + t.getKey());
      }
      Outputs outputs = new Outputs(spark, out);
      outputs.agreements(o.dyad().id(), PictureTables.agreements(spark));
      SecurityTables.Result security = SecurityTables.count(spark, o.dyad(), ruleName, ruleBytes);
      List<Observation> observations = DerivedIndicators.observations(rules, o.dyad(), security.counts(),
          security.covered());
      outputs.indicators(observations);
      List<String> problems = new ArrayList<>();
      if (o.lenient()) {
        Dataset<Row> rejects = read.rejects().orderBy("file", "line");
        rejects.select(functions.concat(functions.lit("# "), functions.col("problem"), functions.lit("\n"),
            functions.col("record"))).coalesce(1).write().mode(SaveMode.Overwrite).text(out + "/rejects");
        rejects.select("problem").limit(io.dyadscope.events.read.EventReader.PROBLEMS_LISTED).collectAsList()
            .forEach(r -> problems.add(r.getString(0)));
      }
      JobResult result = JobResult.of(summaries, problems, observations, security.unclassified(), security.events(),
          out);
      outputs.text("summary.txt", String.join("\n", result.describe()) + "\n");
      return result;
    } finally {
      read.persisted().forEach(Dataset::unpersist);
      if (ev != null) {
        ev.unpersist();
      }
    }
  }

  /**
   * A task's bad-input failure as {@link BadInput} with its {@code file:line:column: message}; any
   * other failure is rethrown as it is.
   */
  private static BadInput badInput(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileReading.BadInputException) {
        return new BadInput(t.getMessage(), e);
      }
    }
    // A task's exception may reach the driver only as text in the SparkException's message.
    String m = e.getMessage() == null ? "" : e.getMessage();
    String marker = FileReading.BadInputException.class.getName() + ": ";
    int at = m.indexOf(marker);
    if (at >= 0) {
      String rest = m.substring(at + marker.length());
      int end = rest.indexOf("\n\tat ");
      return new BadInput(end < 0 ? rest : rest.substring(0, end), e);
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
  }
}
