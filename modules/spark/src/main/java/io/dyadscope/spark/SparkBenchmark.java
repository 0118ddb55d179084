package io.dyadscope.spark;

import io.dyadscope.events.EventFormat;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.Dyad;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Benchmark (run by {@code bench/run spark}): the whole job over the same GDELT files on Spark
 * {@code local[1]} and {@code local[2]}, each in its own session after a warm-up run over one small file;
 * prints rows/s and the speed-up from one to two cores. Beside each, in the same session, the floor: Spark's
 * CSV source with the job's schema and dyad filter and a count by month (no rules, nothing kept or written),
 * which bounds what any job reading with that source can do on these cores.
 * Usage: {@code SparkBenchmark OUT_DIR WARMUP_FILE FILE...}.
 */
public final class SparkBenchmark {

  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: SparkBenchmark OUT_DIR WARMUP_FILE FILE...");
      System.exit(1);
    }
    String out = args[0];
    String warmup = args[1];
    // gen_gdelt.py varies actor countries among PAK, AFG, IND, CHN, USA and IRN: any pair of them is a dyad to time
    String dyad = Dyad.parse(System.getProperty("dyad", "PAK-AFG")).id();
    List<String> files = List.of(args).subList(2, args.length);
    List<double[]> results = new ArrayList<>();
    for (int cores : new int[] {1, 2}) {
      SparkSession spark = SparkSession.builder().appName("dyadscope spark benchmark").master("local[" + cores + "]")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", Integer.toString(cores * 2))
          .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
      try {
        List<String> args2 = new ArrayList<>(List.of("--dyad", dyad, "--out",
            out + "/local" + cores));
        args2.addAll(files);
        JobOptions o = JobOptions.parse(args2.toArray(String[]::new));
        // warm-up: class loading and code generation
        EventJob.run(spark, JobOptions.parse("--dyad", dyad, "--out", out + "/warmup" + cores, warmup));
        floor(spark, List.of(warmup), dyad);
        long t = System.nanoTime();
        JobResult r = EventJob.run(spark, o);
        double seconds = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        long floorKept = floor(spark, files, dyad);
        double floor = (System.nanoTime() - t) / 1e9;
        results.add(new double[] {cores, r.rows(), seconds, floor});
        System.out.printf("spark local[%d]: %,d rows (%,d kept for %s) in %.1f s = %,.0f rows/s; floor %.1f s = %,.0f"
            + " rows/s (%,d kept); job/floor %.2fx%n", cores, r.rows(), r.kept(), dyad, seconds, r.rows() / seconds,
            floor, r.rows() / floor, floorKept, seconds / floor);
      } finally {
        spark.stop();
      }
    }
    double s1 = results.get(0)[2];
    double s2 = results.get(1)[2];
    System.out.printf("speed-up local[1] -> local[2]: %.2fx (per-core rate at 1 core: %,.0f rows/s); floor's speed-up"
        + " %.2fx%n", s1 / s2, results.get(0)[1] / s1, results.get(0)[3] / results.get(1)[3]);
  }

  /**
   * Spark's CSV source, the job's schema and dyad filter, a count by month (SQLDATE's first six
   * characters): the rows kept.
   */
  private static long floor(SparkSession spark, List<String> files, String dyad) {
    long kept = 0;
    for (Row r : GdeltCsv.read(spark, files, EventFormat.GDELT2).where(GdeltCsv.keep(EventFormat.GDELT2,
        Dyad.parse(dyad), CountryCodes.standard())).groupBy(functions.expr("substring(c01, 1, 6)")).count()
        .collectAsList()) {
      kept += r.getLong(1);
    }
    return kept;
  }
}
