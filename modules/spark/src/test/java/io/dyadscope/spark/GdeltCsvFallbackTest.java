package io.dyadscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GDELT file whose columns are all in place, so that Spark's CSV source reads it, but whose rows break
 * a rule (QuadClass 7 on line 4, Goldstein 11 on line 9), or hold a code the row-by-row reader maps
 * otherwise than the SQL would (actor country "pak" on line 9, an India-China row): the SQL rules refuse those rows, and the file
 * is read again row by row, so that the job reports what the embedded reader reports, word for word.
 */
class GdeltCsvFallbackTest {

  static final Dyad DYAD = Dyad.parse("PAK-AFG");

  @TempDir
  static Path tmp;

  static SparkSession spark;
  static Path bad;
  static Path unusual;

  @BeforeAll
  static void files() throws IOException {
    List<String> lines;
    try (InputStream in = GdeltCsvFallbackTest.class.getResourceAsStream("synthetic-gdelt2.export.CSV")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<String> broken = new ArrayList<>(lines);
    broken.set(3, column(broken.get(3), 29, "7"));
    broken.set(8, column(broken.get(8), 30, "11"));
    bad = Files.createDirectories(tmp.resolve("bad")).resolve("20230101000000.export.CSV");
    Files.writeString(bad, String.join("\n", broken) + "\n");
    List<String> odd = new ArrayList<>(lines);
    odd.set(8, column(odd.get(8), 7, "pak"));
    unusual = Files.createDirectories(tmp.resolve("unusual")).resolve("20230102000000.export.CSV");
    Files.writeString(unusual, String.join("\n", odd) + "\n");
    spark = LocalSpark.start("local[1]");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static String column(String line, int index, String value) {
    String[] f = line.split("\t", -1);
    f[index] = value;
    return String.join("\t", f);
  }

  static EventReader.Options options(boolean lenient) {
    return new EventReader.Options(null, lenient, new DyadSelection(DYAD, false));
  }

  @Test
  void strictStopsAtTheFirstBrokenRuleWithTheEmbeddedReadersMessage() {
    String embedded = catchThrowableOfType(ImportException.class, () -> new EventReader().read(List.of(bad),
        options(false), e -> { }, null, null)).getMessage();
    assertThat(embedded).contains(bad + ":4:QuadClass:");
    assertThatThrownBy(() -> EventJob.run(spark, JobOptions.parse("--dyad", "PAK-AFG", "--out",
        tmp.resolve("strict-out").toString(), bad.toString())))
        .isInstanceOf(EventJob.BadInput.class).hasMessage(embedded);
  }

  @Test
  void lenientRejectsTheSameRowsWithTheSameMessagesAndCountsTheRestAlike() throws Exception {
    StringBuilder rejects = new StringBuilder();
    ReadSummary embedded = new EventReader().read(List.of(bad), options(true), e -> { },
        (p, record) -> rejects.append("# ").append(p).append('\n').append(record).append('\n'), null);
    JobResult r = EventJob.run(spark, JobOptions.parse("--dyad", "PAK-AFG", "--lenient", "--out",
        tmp.resolve("lenient-out").toString(), bad.toString()));
    assertThat(List.of(r.rows(), r.kept(), r.outsideDyad(), r.rejected())).isEqualTo(List.of(11L, 8L, 1L, 2L))
        .isEqualTo(List.of(embedded.rows(), embedded.kept(), embedded.outsideDyad(), embedded.rejected()));
    assertThat(r.problems()).hasSize(2).isEqualTo(embedded.problems().stream().map(Object::toString).toList());
    assertThat(r.problems().get(1)).startsWith(bad + ":9:GoldsteinScale:");
    assertThat(Files.readString(part(tmp.resolve("lenient-out").resolve("rejects")))).isEqualTo(rejects.toString());
  }

  @Test
  void aRowTheSqlCannotMapAsTheRowByRowReaderIsReadByThatReader() throws Exception {
    ReadSummary embedded = new EventReader().read(List.of(unusual), options(false), e -> { }, null, null);
    JobResult r = EventJob.run(spark, JobOptions.parse("--dyad", "PAK-AFG", "--out",
        tmp.resolve("unusual-out").toString(), unusual.toString()));
    // "pak" is Pakistan to the row-by-row reader: line 9 is kept (the SQL, reading it as written, would not)
    assertThat(List.of(r.rows(), r.kept(), r.outsideDyad(), r.rejected())).isEqualTo(List.of(11L, 10L, 1L, 0L))
        .isEqualTo(List.of(embedded.rows(), embedded.kept(), embedded.outsideDyad(), embedded.rejected()));
  }

  private static Path part(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
    }
  }
}
