package io.dyadscope.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.Event;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.events.EventStore;
import io.dyadscope.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT files are read by DuckDB itself (read_csv, the rules and the dyad filter in SQL). The
 * row-by-row reader is the reference: what lands in the store is the events it reads, field for
 * field, line numbers included, and a bad row is refused with the message it gives.
 */
class GdeltInsideDuckDbTest {

  static final Dyad PAK_AFG = Dyad.parse("PAK-AFG");

  @TempDir Path dir;
  Workspace ws;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir.resolve("ws"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private EventImportService.Report load(boolean lenient, boolean allRows, Path... files) throws Exception {
    return new EventImportService(ws).run(new EventImportService.Request(List.of(files), null, lenient,
        dir.resolve("rejects.txt"), PAK_AFG, allRows), null);
  }

  private List<Event> stored() {
    List<Event> out = new ArrayList<>();
    new EventStore(ws).forEach(null, null, out::add);
    out.sort(Comparator.comparing(Event::eventId));
    return out;
  }

  private static List<Event> rowByRow(boolean lenient, boolean allRows, Path... files) throws Exception {
    List<Event> out = new ArrayList<>();
    new EventReader().read(List.of(files), new EventReader.Options(null, lenient, new DyadSelection(PAK_AFG, allRows)),
        out::add, null, null);
    out.sort(Comparator.comparing(Event::eventId));
    return out;
  }

  private Path write(String name, List<String> lines) throws Exception {
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static List<String> fixture(String name) throws Exception {
    return new ArrayList<>(Files.readAllLines(EventImportServiceTest.fixture(name), StandardCharsets.UTF_8));
  }

  @Test
  void everyRowOfTheSyntheticFileLandsAsTheRowByRowReaderReadsIt() throws Exception {
    Path file = EventImportServiceTest.fixture("synthetic-gdelt2.export.CSV");
    EventImportService.Report r = load(false, true, file);
    assertThat(r.read().rows()).isEqualTo(11);
    assertThat(stored()).hasSize(11).isEqualTo(rowByRow(false, true, file));
  }

  @Test
  void theRealExportKeepsTheDyadsEventsAsTheRowByRowReaderDoes() throws Exception {
    Path file = SharedData.data("real/gdelt/20191024143000.export.CSV");
    EventImportService.Report r = load(false, false, file);
    assertThat(r.read().kept()).isEqualTo(46);
    assertThat(r.read().rows()).isEqualTo(r.read().kept() + r.read().outsideDyad());
    assertThat(stored()).isEqualTo(rowByRow(false, false, file));
  }

  @Test
  void rowsAfterARejectedRowKeepTheirOwnLines() throws Exception {
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    assertLenientImportRejectsABadDateAndAnExtraColumn("bad.CSV", lines, 3, 6);
  }

  @Test
  void aRowBreakingARuleOutsideTheDyadStillStopsAStrictImport() throws Exception {
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    // Line 5 is an event between France and Germany.
    lines.set(4, lines.get(4).replace("\t04\t1\t1.9\t", "\t04\t5\t1.9\t"));
    Path bad = write("quad.CSV", lines);
    assertThatThrownBy(() -> load(false, false, bad)).isInstanceOf(ImportException.class)
        .hasMessageEndingWith(bad + ":5:QuadClass: QuadClass must be 1-4: 5");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aFileWithABlankLineIsReadRowByRowSoThatItsLinesStayRight() throws Exception {
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    lines.add(4, "");
    Path blank = write("blank.CSV", lines);
    assertThatThrownBy(() -> load(false, true, blank)).isInstanceOf(ImportException.class)
        .hasMessageEndingWith(blank + ":5: expected 61 (GDELT 2.0) tab-separated columns, found 1");
    EventImportService.Report r = load(true, true, blank);
    assertThat(r.read().rejected()).isEqualTo(1);
    assertThat(stored()).hasSize(11).isEqualTo(rowByRow(true, true, blank));
  }

  @Test
  void latin1BytesInAGdeltRowAreRefusedWithTheirLineEvenWhenLenient() throws Exception {
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    lines.set(5, lines.get(5).replace("Islamabad, Pakistan", "M\u00fcnster, Pakistan"));
    Path p = Files.write(dir.resolve("latin1.CSV"), lines, StandardCharsets.ISO_8859_1);
    for (boolean lenient : new boolean[] {false, true}) {
      assertThatThrownBy(() -> load(lenient, true, p)).isInstanceOf(ImportException.class)
          .hasMessageEndingWith(p + ":6: not UTF-8 text (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)");
    }
    assertThat(stored()).isEmpty();
  }

  @Test
  void aNulCharacterInAGdeltRowIsRefusedWithItsLine() throws Exception {
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    lines.set(3, lines.get(3).replaceFirst("\t", "\t\0"));
    Path p = write("nul.CSV", lines);
    assertThatThrownBy(() -> load(false, true, p)).isInstanceOf(ImportException.class)
        .hasMessageEndingWith(p + ":4: holds NUL characters: not UTF-8 text (UTF-16? convert it to UTF-8)");
  }

  @Test
  void aGdelt1FileMixing57And58ColumnsIsReadAsTheRowByRowReaderReadsIt() throws Exception {
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    List<String> v1 = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      // GDELT 1.0 lacks each geography's ADM2 code (2.0 columns 39, 47 and 55) and may lack SOURCEURL.
      List<String> f = new ArrayList<>(List.of(lines.get(i).split("\t", -1)));
      f.remove(55);
      f.remove(47);
      f.remove(39);
      v1.add(String.join("\t", i % 2 == 0 ? f : f.subList(0, 57)));
    }
    Path mixed = write("mixed.CSV", v1);
    assertThat(load(false, true, mixed).read().rows()).isEqualTo(11);
    assertThat(stored()).hasSize(11).isEqualTo(rowByRow(false, true, mixed));
    assertThat(EventFormat.detect(v1.get(0))).isEqualTo(EventFormat.GDELT1);
  }

  @Test
  void rowsWhoseIdsAreOutOfOrderKeepTheirOwnLinesAndRejects() throws Exception {
    // DuckDB reads the file on every core and places each row by its id: shuffled ids must not shift lines.
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    java.util.Collections.swap(lines, 0, 7);
    java.util.Collections.swap(lines, 3, 9);
    assertLenientImportRejectsABadDateAndAnExtraColumn("shuffled.CSV", lines, 3, 10);
  }

  /**
   * Writes {@code lines} with line {@code dateLine}'s date as 2023-01-10 and an extra column on line
   * {@code extraLine} (1-based), imports it leniently, and checks: the nine other events are stored as
   * the row-by-row reader stores them, and the rejects file names both lines with their records.
   */
  private void assertLenientImportRejectsABadDateAndAnExtraColumn(String name, List<String> lines, int dateLine,
      int extraLine) throws Exception {
    lines.set(dateLine - 1, lines.get(dateLine - 1).replace("\t20230110\t", "\t2023-01-10\t"));
    lines.set(extraLine - 1, lines.get(extraLine - 1) + "\textra");
    Path file = write(name, lines);
    EventImportService.Report r = load(true, true, file);
    assertThat(r.read().rejected()).isEqualTo(2);
    assertThat(stored()).hasSize(9).isEqualTo(rowByRow(true, true, file));
    assertThat(Files.readAllLines(dir.resolve("rejects.txt"))).containsExactly(
        "# " + file + ":" + dateLine + ":SQLDATE: not a date YYYYMMDD: '2023-01-10'", lines.get(dateLine - 1),
        "# " + file + ":" + extraLine + ": expected 61 (GDELT 2.0) tab-separated columns, found 62",
        lines.get(extraLine - 1));
  }

  @Test
  void anIdTwiceInAFileIsReadInFileOrderTheLastRowWinning() throws Exception {
    // Ids cannot place lines when one repeats: the file is read in order, and the later row is kept.
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    String revised = lines.get(1).replace(lines.get(1).split("\t")[0] + "\t", lines.get(0).split("\t")[0] + "\t");
    lines.set(1, revised);
    Path twice = write("twice.CSV", lines);
    load(false, true, twice);
    List<Event> read = rowByRow(false, true, twice);
    assertThat(stored()).hasSize(10);
    assertThat(stored().get(0).line()).isEqualTo(2);
    assertThat(read.stream().filter(e -> e.line() == 2).findFirst()).contains(stored().get(0));
  }

  @Test
  void anIdThatIsNotANumberIsRefusedWithItsLineWhereIdsCannotPlaceLines() throws Exception {
    // The id rule runs in SQL only on the in-order read: read by id, the byte scan has vetted every id.
    List<String> lines = fixture("synthetic-gdelt2.export.CSV");
    lines.set(3, "x" + lines.get(3));
    Path bad = write("id.CSV", lines);
    EventImportService.Report r = load(true, true, bad);
    assertThat(r.read().rejected()).isEqualTo(1);
    assertThat(stored()).hasSize(10).isEqualTo(rowByRow(true, true, bad));
    assertThat(Files.readAllLines(dir.resolve("rejects.txt"))).containsExactly(
        "# " + bad + ":4:GLOBALEVENTID: not a numeric event id: '" + lines.get(3).split("\t")[0] + "'", lines.get(3));
  }
}
