package io.dyadscope.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.events.EventFormat;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.store.Workspace;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input stops the import with {@code file:line: message} and leaves the
 * workspace's events and import log as they were (the good file imported first stays, nothing is added).
 */
class BadInputChangesNothingTest {

  @TempDir Path dir;

  private static List<String> lines(String fixture) throws Exception {
    return new ArrayList<>(Files.readAllLines(EventImportServiceTest.fixture(fixture), StandardCharsets.UTF_8));
  }

  /** The bad file of each class, and the format to name (null: detect), and the expected line. */
  private Object[] bad(String kind) throws Exception {
    Path p = dir.resolve(kind + ".csv");
    switch (kind) {
      case "wrong-column-count" -> {
        List<String> l = lines("synthetic-gdelt2.export.CSV");
        l.set(3, l.get(3) + "\textra");
        Files.write(p, l);
        return new Object[] {p, null, ":4: expected 61 (GDELT 2.0) tab-separated columns, found 62"};
      }
      case "bad-date" -> {
        List<String> l = lines("synthetic-acled-full.csv");
        l.set(3, l.get(3).replace("2023-01-09", "2023-01-32"));
        Files.write(p, l);
        return new Object[] {p, null, ":4:event_date: not a date: '2023-01-32'"};
      }
      case "non-numeric-fatalities" -> {
        List<String> l = lines("synthetic-ucdp-ged.csv");
        l.set(3, l.get(3).replace(",2,3,2,700,770", ",two,3,2,700,770"));
        Files.write(p, l);
        return new Object[] {p, null, ":4:best: not a whole number: 'two'"};
      }
      case "truncated-last-line" -> {
        String text = Files.readString(EventImportServiceTest.fixture("synthetic-gdelt2.export.CSV"));
        String cut = text.substring(0, text.length() - 200);
        Files.writeString(p, cut);
        long columns = cut.substring(cut.lastIndexOf('\n') + 1).chars().filter(c -> c == '\t').count() + 1;
        return new Object[] {p, null, ":11: expected 61 (GDELT 2.0) tab-separated columns, found " + columns};
      }
      case "zip-without-member" -> {
        p = dir.resolve("events.CSV.zip");
        try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
          z.putNextEntry(new ZipEntry("notes.md"));
          z.write("no events".getBytes(StandardCharsets.UTF_8));
          z.closeEntry();
        }
        return new Object[] {p, null, ":1: the zip holds no member events.CSV and not exactly one .csv/.txt member"
            + " (members: notes.md)"};
      }
      case "empty-file" -> {
        Files.writeString(p, "");
        return new Object[] {p, null, ":1: empty file: no header and no rows"};
      }
      case "wrong-format" -> {
        Files.copy(EventImportServiceTest.fixture("synthetic-ucdp-ged.csv"), p);
        return new Object[] {p, EventFormat.ACLED, ":1: not a file of the format named (ACLED CSV export); its first line looks like: UCDP GED"
            + " CSV (release or HDX export)"};
      }
      default -> throw new IllegalArgumentException(kind);
    }
  }

  private static long scalar(Workspace ws, String sql) throws Exception {
    try (Connection c = ws.newConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrong-column-count", "bad-date", "non-numeric-fatalities", "truncated-last-line",
      "zip-without-member", "empty-file", "wrong-format"})
  void bad_input_names_file_and_line_and_changes_nothing(String kind) throws Exception {
    Object[] b = bad(kind);
    Path file = (Path) b[0];
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      EventImportService service = new EventImportService(ws);
      Dyad dyad = Dyad.parse("PAK-AFG");
      service.run(new EventImportService.Request(List.of(EventImportServiceTest.fixture("synthetic-acled-full.csv")),
          null, false, null, dyad, false), null);
      String before = scalar(ws, "SELECT count(*) FROM events") + "/" + scalar(ws, "SELECT count(*) FROM event_imports")
          + "/" + scalar(ws, "SELECT sum(fatalities) FROM events");
      // A good file read first: its events are staged too, and must not land either.
      List<Path> files = b[1] != null ? List.of(file)
          : List.of(EventImportServiceTest.fixture("synthetic-gdelt2.export.CSV"), file);
      assertThatThrownBy(() -> service.run(new EventImportService.Request(files, (EventFormat) b[1], false, null,
          dyad, false), null))
          .isInstanceOf(ImportException.class)
          .satisfies(e -> assertThat(((ImportException) e).problems().get(0).toString()).isEqualTo(file + (String) b[2]));
      String after = scalar(ws, "SELECT count(*) FROM events") + "/" + scalar(ws, "SELECT count(*) FROM event_imports")
          + "/" + scalar(ws, "SELECT sum(fatalities) FROM events");
      assertThat(after).isEqualTo(before).isEqualTo("6/1/21");
    }
  }
}
