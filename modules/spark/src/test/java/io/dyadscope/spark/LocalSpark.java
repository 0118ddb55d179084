package io.dyadscope.spark;

import org.apache.spark.sql.SparkSession;

/** A small local Spark for tests: no UI, two shuffle partitions, loopback only (no network). */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start(String master) {
    return SparkSession.builder().appName("dyadscope-spark-test").master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        // Tiny inputs: compiling whole-stage code and re-planning adaptively cost more than they save
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }
}
