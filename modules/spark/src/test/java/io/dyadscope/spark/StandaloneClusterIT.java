package io.dyadscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Spark standalone cluster: a master and a worker started as separate JVMs from the
 * Spark jars this module resolves, the job jar submitted to them by {@code SparkSubmit} in a third JVM
 * (the worker starts a fourth, the executor). Its indicators must equal, byte for byte, those of the same
 * job run in process on {@code local[1]}. Bounded in time; every process it starts is stopped.
 */
class StandaloneClusterIT {

  private static final Duration START = Duration.ofMinutes(3);
  private static final List<String> FIXTURES = List.of("synthetic-gdelt2.export.CSV", "synthetic-acled-full.csv");

  @TempDir
  Path tmp;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void theJobSubmittedToAStandaloneClusterWritesTheIndicatorsOfALocalRun() throws Exception {
    Path inputs = Files.createDirectories(tmp.resolve("inputs"));
    for (String f : FIXTURES) {
      try (InputStream in = StandaloneClusterIT.class.getResourceAsStream(f)) {
        Files.copy(in, inputs.resolve(f));
      }
    }
    Path jobJar = Path.of(System.getProperty("dyadscope.sparkJobJar", "target/dyadscope-spark-job.jar"));
    assertThat(jobJar).as("the job jar (mvn package builds it)").exists();
    Path sparkHome = sparkHome();
    int port = freePort();
    String master = "spark://127.0.0.1:" + port;

    Process m = start("master", sparkHome, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
    awaitLine(m, tmp.resolve("master.log"), "I have been elected leader");
    Process w = start("worker", sparkHome, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
        "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir",
        tmp.resolve("work").toString(), master);
    awaitLine(w, tmp.resolve("worker.log"), "Successfully registered with master");

    Path clusterOut = tmp.resolve("cluster-out");
    Process submit = start("submit", sparkHome, "org.apache.spark.deploy.SparkSubmit", "--master", master,
        "--deploy-mode", "client", "--class", EventJob.class.getName(), "--conf", "spark.ui.enabled=false",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.executor.memory=512m",
        "--conf", "spark.sql.shuffle.partitions=2", "--conf", "spark.sql.sources.partitionColumnTypeInference.enabled=false",
        jobJar.toAbsolutePath().toString(), "--dyad", "PAK-AFG", "--out", clusterOut.toString(), inputs.toString());
    boolean finished = submit.waitFor(START.toSeconds() * 2, TimeUnit.SECONDS);
    String submitLog = Files.readString(tmp.resolve("submit.log"));
    assertThat(finished).as("spark-submit finished in time:%n%s", tail(submitLog)).isTrue();
    assertThat(submit.exitValue()).as("spark-submit's exit code:%n%s", tail(submitLog)).isZero();
    assertThat(Files.readString(tmp.resolve("worker.log"))).as("the worker ran an executor for the job")
        .contains("Asked to launch executor");

    Path localOut = tmp.resolve("local-out");
    SparkSession spark = LocalSpark.start("local[1]");
    try {
      EventJob.run(spark, JobOptions.parse("--dyad", "PAK-AFG", "--out", localOut.toString(), inputs.toString()));
    } finally {
      spark.stop();
    }
    String local = Files.readString(localOut.resolve("indicators.csv"));
    assertThat(local.lines().count()).as("indicators derived").isGreaterThan(1);
    assertThat(Files.readString(clusterOut.resolve("indicators.csv"))).isEqualTo(local);
    assertThat(firstLine(clusterOut.resolve("summary.txt"))).isEqualTo(firstLine(localOut.resolve("summary.txt")));
  }

  /**
   * A folder laid out as a Spark installation (a {@code jars} folder) with links to the Spark jars on the
   * test class path: the worker builds its executors' class path from it.
   */
  private Path sparkHome() throws IOException {
    Path jars = Files.createDirectories(tmp.resolve("spark-home").resolve("jars"));
    for (String entry : classPath()) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
      }
    }
    return jars.getParent();
  }

  private static List<String> classPath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return List.of(cp.split(File.pathSeparator));
  }

  private Process start(String name, Path sparkHome, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", sparkHome.resolve("jars") + File.separator + "*"));
    command.addAll(JdkOptions.SPARK);
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve(name + ".log").toFile());
    b.environment().put("SPARK_HOME", sparkHome.toString());
    b.environment().put("SPARK_SCALA_VERSION", "2.13");
    b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    b.environment().put("SPARK_LOG_DIR", tmp.resolve("logs").toString());
    b.environment().put("SPARK_WORKER_DIR", tmp.resolve("work").toString());
    b.environment().put("SPARK_CONF_DIR", Files.createDirectories(tmp.resolve("conf")).toString());
    Process p = b.start();
    started.add(p);
    return p;
  }

  private static void awaitLine(Process p, Path log, String text) throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      String s = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      if (s.contains(text)) {
        return;
      }
      assertThat(p.isAlive()).as("%s is running:%n%s", log.getFileName(), tail(s)).isTrue();
      Thread.sleep(250);
    }
    throw new AssertionError("no '" + text + "' in " + log + " within " + START);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String firstLine(Path p) throws IOException {
    return Files.readAllLines(p).get(0);
  }

  private static String tail(String log) {
    return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
  }
}
