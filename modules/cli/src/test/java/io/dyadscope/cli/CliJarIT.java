package io.dyadscope.cli;

import io.dyadscope.testkit.SyntheticPdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Run by failsafe after the fat jar is packaged: Spark and Hadoop stay out of the command's jar (the
 * Spark engine is a separate process over the spark module's job jar).
 */
class CliJarIT {

  @Test
  void the_fat_jar_holds_no_spark_or_hadoop_class() throws Exception {
    Path jar = Path.of(System.getProperty("dyadscope.cliJar", "target/dyadscope.jar"));
    assertThat(jar).as("the packaged CLI jar").isRegularFile();
    try (JarFile j = new JarFile(jar.toFile())) {
      List<String> names = j.stream().map(e -> e.getName()).toList();
      assertThat(names).as("entries of " + jar).contains("io/dyadscope/cli/Main.class");
      assertThat(names).filteredOn(n -> n.startsWith("org/apache/spark/") || n.startsWith("org/apache/hadoop/"))
          .isEmpty();
    }
    assertThat(Files.size(jar)).isPositive();
  }

  @Test
  void auditingAPdfAsJsonPrintsOnlyJsonOnStdout(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path jar = Path.of(System.getProperty("dyadscope.cliJar", "target/dyadscope.jar"));
    Path pdf = SyntheticPdf.standard().write(dir.resolve("report.pdf"),
        "Trade between Pakistan and Afghanistan fell to 1.6 billion dollars in 2023.");
    Process p = new ProcessBuilder("java", "-jar", jar.toString(), "audit", pdf.toString(), "--format", "json",
        "--workspace", dir.resolve("ws").toString()).redirectError(dir.resolve("err.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(Files.readString(dir.resolve("err.txt"))).isZero();
    assertThat(out).doesNotContain("Log4j");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    assertThat(json.get("file").asText()).isEqualTo(pdf.toString());
    assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("Log4j API could not find");
  }

  @Test
  void helpTextIsFoundWithPicocliOnTheBootClassPathAsTheLauncherRunsIt(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path jar = Path.of(System.getProperty("dyadscope.cliJar", "target/dyadscope.jar"));
    // ./dyadscope puts picocli's classes, copied out of the jar, on the boot class path: picocli's own
    // class loader then sees nothing of ours, so the help prose must not be looked up through it
    Path boot = dir.resolve("boot.jar");
    try (JarFile j = new JarFile(jar.toFile());
        java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(boot))) {
      for (java.util.jar.JarEntry e : java.util.Collections.list(j.entries())) {
        if (e.getName().startsWith("picocli/") && !e.isDirectory()) {
          out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
          j.getInputStream(e).transferTo(out);
          out.closeEntry();
        }
      }
    }
    Process p = new ProcessBuilder("java", "-Xbootclasspath/a:" + boot, "-cp", jar.toString(),
        "io.dyadscope.cli.Main", "export", "--help").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out.lines()).contains("Export workspace content to other tools.");
  }
}
