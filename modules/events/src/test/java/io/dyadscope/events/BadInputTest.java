package io.dyadscope.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.evidence.imports.ImportException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each class of bad input stops a strict read with {@code file:line: message}. */
class BadInputTest {

  @TempDir Path dir;

  private static List<String> lines(String fixture) throws Exception {
    return new ArrayList<>(Files.readAllLines(Fixtures.file(fixture), StandardCharsets.UTF_8));
  }

  private Path write(String name, List<String> lines) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private static String firstProblem(EventFormat format, Path p) {
    try {
      Fixtures.read(format, false, p);
    } catch (ImportException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0).toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no problem reported for " + p);
  }

  @Test
  void wrong_column_count() throws Exception {
    List<String> l = lines("synthetic-gdelt2.export.CSV");
    l.set(2, l.get(2).substring(0, l.get(2).lastIndexOf('\t')));
    Path p = write("cols.CSV", l);
    assertThat(firstProblem(null, p)).isEqualTo(p + ":3: expected 61 (GDELT 2.0) tab-separated columns, found 60");
  }

  @Test
  void bad_date() throws Exception {
    List<String> l = lines("synthetic-acled-reduced.csv");
    l.set(3, l.get(3).replace("20 January 2023", "31 February 2023"));
    Path p = write("date.csv", l);
    assertThat(firstProblem(null, p)).isEqualTo(p + ":4:event_date: not a date: '31 February 2023'");
  }

  @Test
  void non_numeric_fatalities() throws Exception {
    List<String> l = lines("synthetic-acled-reduced.csv");
    l.set(2, l.get(2).replaceAll(",3$", ",three"));
    Path p = write("fatalities.csv", l);
    assertThat(firstProblem(null, p)).isEqualTo(p + ":3:fatalities: not a whole number: 'three'");
  }

  @Test
  void truncated_last_line_of_a_gdelt_file() throws Exception {
    List<String> l = lines("synthetic-gdelt2.export.CSV");
    l.set(10, l.get(10).substring(0, 60));
    Path p = dir.resolve("cut.CSV");
    Files.writeString(p, String.join("\n", l), StandardCharsets.UTF_8);
    assertThat(firstProblem(null, p)).startsWith(p + ":11: expected 61 (GDELT 2.0) tab-separated columns, found ");
  }

  @Test
  void truncated_last_record_inside_a_quoted_note() throws Exception {
    String text = Files.readString(Fixtures.file("synthetic-acled-full.csv"));
    Path p = dir.resolve("cut.csv");
    Files.writeString(p, text.substring(0, text.indexOf("Second line")), StandardCharsets.UTF_8);
    assertThat(firstProblem(null, p)).isEqualTo(p + ":2: truncated record: the file ends inside a quoted field");
  }

  @Test
  void zip_without_the_expected_member() throws Exception {
    Path zip = dir.resolve("20191024143000.export.CSV.zip");
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("readme.md"));
      z.write("not events".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThat(firstProblem(null, zip)).isEqualTo(zip + ":1: the zip holds no member 20191024143000.export.CSV"
        + " and not exactly one .csv/.txt member (members: readme.md)");
  }

  @Test
  void empty_file() throws Exception {
    Path p = write("empty.csv", List.of());
    assertThat(firstProblem(null, p)).isEqualTo(p + ":1: empty file: no header and no rows");
  }

  @Test
  void file_of_the_wrong_format_for_the_format_named() throws Exception {
    Path acled = Fixtures.file("synthetic-acled-full.csv");
    assertThat(firstProblem(EventFormat.GDELT2, acled)).isEqualTo(acled + ":1: not a file of the format named (GDELT 2.0 events export"
        + " (61 tab-separated columns)); its first line looks like: ACLED CSV export");
    Path gdelt = Fixtures.file("synthetic-gdelt2.export.CSV");
    assertThat(firstProblem(EventFormat.UCDP, gdelt)).isEqualTo(gdelt + ":1: not a file of the format named (UCDP GED CSV (release or HDX"
        + " export)); its first line looks like: GDELT 2.0 events export (61 tab-separated columns)");
  }

  @Test
  void undetectable_format_asks_for_format() throws Exception {
    Path p = write("other.csv", List.of("a,b,c", "1,2,3"));
    assertThat(firstProblem(null, p)).isEqualTo(p + ":1: cannot tell the event format from the first line"
        + " (not ACLED, UCDP GED, GDELT 2.0 or 1.0); name it with --format");
  }

  @Test
  void lenient_reading_skips_counts_and_hands_on_bad_rows() throws Exception {
    List<String> l = lines("synthetic-gdelt2.export.CSV");
    l.set(2, l.get(2).replace("\t20230110\t", "\t20231310\t"));
    l.set(5, l.get(5).substring(0, 50));
    Path p = write("mixed.CSV", l);
    List<String> rejected = new ArrayList<>();
    List<Event> kept = new ArrayList<>();
    ReadSummary s = new EventReader().read(List.of(p),
        new EventReader.Options(null, true, new DyadSelection(Fixtures.PAK_AFG, false)), kept::add,
        (problem, record) -> rejected.add(problem + " | " + record.substring(0, 4)), null);
    assertThat(s.rows()).isEqualTo(11);
    assertThat(s.rejected()).isEqualTo(2);
    assertThat(s.kept()).isEqualTo(7);
    assertThat(kept).hasSize(7);
    assertThat(rejected).containsExactly(p + ":3:SQLDATE: not a date YYYYMMDD: '20231310' | 1003",
        p + ":6: expected 61 (GDELT 2.0) tab-separated columns, found 8 | 1006");
  }

  @Test
  void a_missing_path_is_named() {
    Path p = dir.resolve("nope.CSV");
    assertThatThrownBy(() -> Fixtures.read(null, false, p)).isInstanceOf(ImportException.class)
        .hasMessageContaining(p + ":1: no such file or directory");
  }
}
