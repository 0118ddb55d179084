package io.dyadscope.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.imports.ImportException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing on several threads gives what one thread gives, in file order, across batch boundaries. */
class ParallelParsingTest {

  @TempDir Path dir;

  /** 20,000 SYNTHETIC lines: the synthetic fixture's rows repeated with fresh ids. */
  private Path big(int badLine) throws Exception {
    List<String> rows = Files.readAllLines(Fixtures.file("synthetic-gdelt2.export.CSV"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String r = rows.get(i % rows.size());
      String line = (5_000_000 + i) + r.substring(r.indexOf('\t'));
      out.add(i + 1 == badLine ? line.replace("\t2023", "\tX023") : line);
    }
    Path p = dir.resolve("big-" + badLine + ".CSV");
    Files.write(p, out, StandardCharsets.UTF_8);
    return p;
  }

  private static List<Event> read(Path p, int threads, boolean lenient) throws Exception {
    List<Event> out = new ArrayList<>();
    ReadSummary s = new EventReader(CountryCodes.standard(), threads).read(List.of(p),
        new EventReader.Options(null, lenient, new DyadSelection(Fixtures.PAK_AFG, false)), out::add, null, null);
    assertThat(s.kept()).isEqualTo(out.size());
    return out;
  }

  @Test
  void four_threads_give_the_events_of_one_in_the_same_order() throws Exception {
    Path p = big(0);
    List<Event> one = read(p, 1, false);
    List<Event> four = read(p, 4, false);
    assertThat(one).hasSize(1818 * 9 + 2);
    assertThat(four).isEqualTo(one);
  }

  @Test
  void the_first_bad_row_by_line_stops_a_strict_parallel_read() throws Exception {
    Path p = big(9_001);
    assertThatThrownBy(() -> read(p, 4, false)).isInstanceOf(ImportException.class)
        .hasMessageEndingWith(p + ":9001:SQLDATE: not a date YYYYMMDD: 'X0230110'");
    assertThat(read(p, 4, true)).isEqualTo(read(p, 1, true));
  }
}
