package io.dyadscope.cli;

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
}
