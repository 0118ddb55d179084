package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code events --engine spark}: the spark-submit line the CLI builds (Spark itself is never loaded here). */
class SparkEngineTest {

  @Test
  void print_submit_gives_the_exact_spark_submit_line_for_a_cluster() {
    CliRun r = CliRun.of("events", "--engine", "spark", "--master", "yarn", "--print-submit", "--dyad", "IND-PAK",
        "--job-jar", "/opt/dyadscope/dyadscope-spark-job.jar", "--out", "hdfs:///dyadscope/out", "--lenient",
        "hdfs:///gdelt/2024*.export.CSV.zip", "acled export.csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("spark-submit --class io.dyadscope.spark.EventJob --master yarn --name"
        + " 'dyadscope events IND-PAK' /opt/dyadscope/dyadscope-spark-job.jar --dyad IND-PAK --out hdfs:///dyadscope/out"
        + " --lenient 'hdfs:///gdelt/2024*.export.CSV.zip' 'acled export.csv'" + System.lineSeparator());
  }

  @Test
  void spark_without_files_is_a_user_error() {
    CliRun r = CliRun.of("events", "--engine", "spark", "--print-submit");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--engine spark needs event files");
  }

  @Test
  void an_unknown_engine_is_a_user_error() {
    CliRun r = CliRun.of("events", "--engine", "flink");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--engine must be embedded or spark: flink");
  }
}
