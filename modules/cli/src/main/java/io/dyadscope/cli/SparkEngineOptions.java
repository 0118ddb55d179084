package io.dyadscope.cli;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.UserError;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code events --engine spark}: hands the event pipeline to Apache Spark through {@code spark-submit}
 * (or prints the line for a cluster). Spark is never on this command's classpath: the job is the spark
 * module's own jar ({@code modules/spark/target/dyadscope-spark-job.jar}, Spark not inside), run as a
 * separate process.
 */
public final class SparkEngineOptions {

  /** The job's main class in module spark. */
  static final String JOB_CLASS = "io.dyadscope.spark.EventJob";
  static final String JOB_JAR = "dyadscope-spark-job.jar";

  @Option(names = "--engine", defaultValue = "embedded", paramLabel = "embedded|spark",
      description = "embedded (default): the picture from the workspace; spark: run the event pipeline over FILES on"
          + " Apache Spark (spark-submit), writing Parquet and an indicator CSV to --out.")
  String engine;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
      description = "With --engine spark: local[*], local[N], spark://HOST:7077, yarn, k8s://... (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--print-submit", description = "With --engine spark: print the spark-submit line instead of running it.")
  boolean printSubmit;

  @Option(names = "--out", paramLabel = "DIR", description = "With --engine spark: output directory (path or URI; default: events-spark).")
  String sparkOut;

  @Option(names = "--lenient", description = "With --engine spark: skip bad rows (written to OUT/rejects) instead of stopping.")
  boolean lenient;

  @Option(names = "--rules", paramLabel = "FILE", description = "With --engine spark: a rule file instead of the shipped event-rules.json.")
  String rules;

  @Option(names = "--job-jar", paramLabel = "JAR",
      description = "With --engine spark: the job jar (default: $DYADSCOPE_SPARK_JAR, else modules/spark/target/" + JOB_JAR + ").")
  String jobJar;

  @Parameters(paramLabel = "FILES", arity = "0..*",
      description = "With --engine spark: event files, directories or globs (local, hdfs://, s3a://; zipped or not).")
  List<String> files = new ArrayList<>();

  boolean isSpark() {
    if (!engine.equals("embedded") && !engine.equals("spark")) {
      throw new UserError("--engine must be embedded or spark: " + engine);
    }
    return engine.equals("spark");
  }

  /** The spark-submit command line for these options. */
  List<String> submitLine(Dyad dyad, Path jar) {
    if (files.isEmpty()) {
      throw new UserError("--engine spark needs event files: dyadscope events --engine spark FILE... (globs and"
          + " hdfs:// or s3a:// URIs are read by Spark)");
    }
    List<String> cmd = new ArrayList<>(List.of("spark-submit", "--class", JOB_CLASS, "--master", master,
        "--name", "dyadscope events " + dyad.id(), jar.toString(), "--dyad", dyad.id(), "--out",
        sparkOut == null ? "events-spark" : sparkOut));
    if (lenient) {
      cmd.add("--lenient");
    }
    if (rules != null) {
      cmd.add("--rules");
      cmd.add(rules);
    }
    cmd.addAll(files);
    return cmd;
  }

  /** Prints or runs the submission; the exit status is spark-submit's. */
  int run(Dyad dyad, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    Path jar = jar();
    List<String> cmd = submitLine(dyad, jar);
    if (printSubmit) {
      out.println(String.join(" ", cmd.stream().map(SparkEngineOptions::quote).toList()));
      out.flush();
      return 0;
    }
    if (!Files.isRegularFile(jar)) {
      throw new UserError("the Spark job jar is missing: " + jar + " (build it with: mvn -B -DskipTests -pl"
          + " modules/spark -am package, or name it with --job-jar)");
    }
    Path submit = findSubmit();
    if (submit == null) {
      throw new UserError("spark-submit is not on the PATH (nor in $SPARK_HOME/bin): install Apache Spark 4.0, or"
          + " print the line for a cluster with --print-submit");
    }
    cmd.set(0, submit.toString());
    err.println("running: " + String.join(" ", cmd.stream().map(SparkEngineOptions::quote).toList()));
    err.flush();
    return new ProcessBuilder(cmd).inheritIO().start().waitFor();
  }

  private Path jar() {
    if (jobJar != null) {
      return Path.of(jobJar).toAbsolutePath();
    }
    String env = System.getenv("DYADSCOPE_SPARK_JAR");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath();
    }
    // Beside the build: modules/cli/target/dyadscope.jar -> modules/spark/target/dyadscope-spark-job.jar
    try {
      Path self = Path.of(SparkEngineOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path modules = self.getParent().getParent().getParent();
      return modules.resolve("spark").resolve("target").resolve(JOB_JAR).toAbsolutePath();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("modules", "spark", "target", JOB_JAR).toAbsolutePath();
    }
  }

  private static Path findSubmit() {
    String home = System.getenv("SPARK_HOME");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "spark-submit"))) {
      return Path.of(home, "bin", "spark-submit");
    }
    String path = System.getenv("PATH");
    for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, "spark-submit");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Shell quoting for the printed line: single quotes where a word holds anything but safe characters. */
  static String quote(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
