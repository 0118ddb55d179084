package io.dyadscope.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.evidence.imports.ImportException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing in an event file changes the data silently: conflicting rows with one id, bytes that are
 * not UTF-8 and a header lacking a needed column are each refused naming the file and line. The
 * files are the synthetic fixtures, altered here.
 */
class UntrustedEventFilesTest {

  @TempDir Path dir;

  private static String fixture(String name) throws Exception {
    return Files.readString(Fixtures.file(name), StandardCharsets.UTF_8);
  }

  /** The fixture with a copy of the row starting {@code prefix} appended, {@code from} replaced by {@code to} in it. */
  private static String withCopy(String text, String prefix, String from, String to) {
    String row = text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    return text + (text.endsWith("\n") ? "" : "\n") + row.replace(from, to) + "\n";
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String refusal(Path p) {
    try {
      Fixtures.read(null, false, p);
    } catch (ImportException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0).toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("not refused: " + p);
  }

  private static long lines(String text) {
    return text.lines().count();
  }

  @Test
  void twoAcledRowsWithOneIdAndDifferentFatalitiesAreRefusedNamingBothLines() throws Exception {
    String base = fixture("synthetic-acled-full.csv");
    String text = withCopy(base, "SYN2,", "Synthetic: IED.,3,", "Synthetic: IED.,7,");
    Path p = write("dup.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(p)).isEqualTo(p + ":" + lines(text) + ": event id 'SYN2' is also on line 4, with different"
        + " values: which row is right cannot be told (fix the file; --lenient keeps the first and sets this one aside)");
  }

  @Test
  void theSameRowTwiceIsHarmless() throws Exception {
    String base = fixture("synthetic-acled-full.csv");
    Path once = write("once.csv", base.getBytes(StandardCharsets.UTF_8));
    Path twice = write("twice.csv", withCopy(base, "SYN2,", "", "").getBytes(StandardCharsets.UTF_8));
    assertThat(Fixtures.read(null, false, twice).events()).hasSize(Fixtures.read(null, false, once).events().size() + 1);
  }

  @Test
  void leniencyKeepsTheFirstRowAndListsTheSecond() throws Exception {
    String text = withCopy(fixture("synthetic-acled-full.csv"), "SYN2,", "Synthetic: IED.,3,", "Synthetic: IED.,7,");
    Path p = write("dup.csv", text.getBytes(StandardCharsets.UTF_8));
    List<Event> kept = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    ReadSummary s = new EventReader().read(List.of(p), new EventReader.Options(null, true,
        new DyadSelection(Fixtures.PAK_AFG, false)), kept::add, (problem, record) -> rejected.add(problem.toString()),
        null);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(rejected).singleElement().asString().startsWith(p + ":" + lines(text) + ": event id 'SYN2' is also on line 4");
    assertThat(kept).filteredOn(e -> e.eventId().equals("SYN2")).singleElement()
        .extracting(Event::fatalities).isEqualTo(3);
  }

  @Test
  void twoUcdpRowsWithOneIdAndDifferentValuesAreRefused() throws Exception {
    String text = withCopy(fixture("synthetic-ucdp-ged.csv"), "9002,", "Synthetic source", "Another source");
    Path p = write("dup-ucdp.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(p)).startsWith(p + ":" + lines(text) + ": event id '9002' is also on line 4, with different values");
  }

  @Test
  void latin1BytesInAnAcledFileAreRefusedWithTheirLine() throws Exception {
    String text = fixture("synthetic-acled-full.csv").replaceFirst("(SYN2,.*?)Khyber Pakhtunkhwa", "$1Khyber Pakht\u00fankhwa");
    Path p = write("latin1.csv", text.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(refusal(p)).isEqualTo(p + ":4: not UTF-8 text (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)");
  }

  @Test
  void aUtf16GdeltFileIsRefusedWithoutEchoingItsNulBytes() throws Exception {
    Path p = write("utf16.CSV", fixture("synthetic-gdelt2.export.CSV").getBytes(StandardCharsets.UTF_16LE));
    String message = refusal(p);
    assertThat(message).isEqualTo(p + ":1: holds NUL characters: not UTF-8 text (UTF-16? convert it to UTF-8)");
    assertThat(message).doesNotContain("\0");
  }

  @Test
  void anAcledHeaderLackingEventDateNamesTheColumn() throws Exception {
    String text = fixture("synthetic-acled-full.csv").replaceFirst("event_id_cnty,event_date,", "event_id_cnty,date,");
    Path p = write("no-type.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(p)).isEqualTo(p + ":1: looks like an ACLED CSV export, but its header lacks column event_date;"
        + " name the format with --format to read it anyway");
  }
}
