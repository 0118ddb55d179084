package io.dyadscope.spark;

import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the job's small outputs through Hadoop's filesystem (so an {@code hdfs://} or {@code s3a://}
 * output works as a local one): the indicator observations as the tidy CSV that {@code dyadscope import
 * indicators} reads, its sources CSV, the same observations as Parquet, and text files.
 */
final class Outputs {

  static final List<String> INDICATOR_COLUMNS = List.of("indicator", "dyad", "subject", "period", "value", "unit",
      "status", "source", "reported_by", "note", "location");
  static final List<String> SOURCE_COLUMNS = List.of("id", "citation", "publisher", "kind", "grade", "year", "url");

  private static final StructType INDICATOR_SCHEMA = new StructType()
      .add("indicator", DataTypes.StringType, false).add("dyad", DataTypes.StringType, false)
      .add("subject", DataTypes.StringType, false).add("year", DataTypes.IntegerType, false)
      .add("value", DataTypes.LongType, false).add("unit", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false).add("source", DataTypes.StringType, false)
      .add("note", DataTypes.StringType, false);

  private final SparkSession spark;
  private final String out;

  Outputs(SparkSession spark, String out) {
    this.spark = spark;
    this.out = out;
  }

  /** {@code indicators.csv}, {@code sources.csv} and {@code indicators/} (Parquet by dyad, one file). */
  void indicators(List<Observation> observations) throws IOException {
    StringBuilder csv = new StringBuilder();
    List<Row> rows = new ArrayList<>();
    try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
      p.printRecord(INDICATOR_COLUMNS);
      for (Observation o : observations) {
        // Derived values are whole counts: written without a decimal point.
        long value = Math.round(o.value());
        p.printRecord(o.indicator(), o.dyad(), o.subject(), o.period(), value, o.unit(), o.status().word(), o.source(),
            o.reportedBy(), o.note(), o.location());
        rows.add(RowFactory.create(o.indicator(), o.dyad(), o.subject(), o.period().year(), value, o.unit(),
            o.status().word(), o.source(), o.note()));
      }
    }
    text("indicators.csv", csv.toString());
    StringBuilder src = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(src, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
      p.printRecord(SOURCE_COLUMNS);
      for (Source s : DerivedIndicators.sources(observations)) {
        p.printRecord(s.id(), s.citation(), s.publisher(), s.kind().label(), s.grade().name(),
            s.year() == 0 ? "" : Integer.toString(s.year()), s.url());
      }
    }
    text("sources.csv", src.toString());
    spark.createDataFrame(rows, INDICATOR_SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).partitionBy("dyad")
        .parquet(out + "/indicators");
  }

  private static final StructType AGREEMENT_SCHEMA = new StructType()
      .add("measure", DataTypes.StringType, false).add("first", DataTypes.StringType, false)
      .add("second", DataTypes.StringType, false).add("months", DataTypes.IntegerType, false)
      .add("correlation", DataTypes.DoubleType, false).add("dyad", DataTypes.StringType, false);
  private static final StructType AGREEMENT_MONTH_SCHEMA = new StructType()
      .add("measure", DataTypes.StringType, false).add("first", DataTypes.StringType, false)
      .add("second", DataTypes.StringType, false).add("rank", DataTypes.IntegerType, false)
      .add("month", DataTypes.StringType, false).add("first_value", DataTypes.DoubleType, false)
      .add("second_value", DataTypes.DoubleType, false).add("dyad", DataTypes.StringType, false);

  /**
   * {@code picture/agreements} (one row per pair of datasets and measure; correlation NaN where it is
   * not defined) and {@code picture/agreement_months} (the months that differ most, by rank), Parquet
   * by dyad.
   */
  void agreements(String dyad, List<Agreement> agreements) {
    List<Row> summary = new ArrayList<>();
    List<Row> months = new ArrayList<>();
    for (Agreement a : agreements) {
      summary.add(RowFactory.create(a.measure(), a.first(), a.second(), a.months(), a.correlation(), dyad));
      int rank = 1;
      for (Agreement.MonthPair m : a.largest()) {
        months.add(RowFactory.create(a.measure(), a.first(), a.second(), rank++, m.month(), m.first(), m.second(),
            dyad));
      }
    }
    spark.createDataFrame(summary, AGREEMENT_SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).partitionBy("dyad")
        .parquet(out + "/picture/agreements");
    spark.createDataFrame(months, AGREEMENT_MONTH_SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).partitionBy("dyad")
        .parquet(out + "/picture/agreement_months");
  }

  /** A UTF-8 text file under the output directory, replacing one there. */
  void text(String name, String content) throws IOException {
    Path path = new Path(out + "/" + name);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (Writer w = new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8)) {
      w.write(content);
    }
  }
}
