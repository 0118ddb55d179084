package io.dyadscope.app.events;

import io.dyadscope.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.events.EventFormat;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.picture.InteractionDirection;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.GdeltVolume;
import io.dyadscope.events.picture.TypeCount;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.store.Workspace;
import io.dyadscope.events.picture.PictureQuery;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventImportServiceTest {

  static final Dyad PAK_AFG = Dyad.parse("PAK-AFG");

  @TempDir Path dir;
  Workspace ws;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir.resolve("ws"));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    ws.close();
  }

  static Path fixture(String name) {
    try {
      return Path.of(EventImportServiceTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  EventImportService.Report importFiles(EventFormat format, boolean lenient, Path... files) throws Exception {
    return new EventImportService(ws).run(new EventImportService.Request(List.of(files), format, lenient,
        dir.resolve("rejects.txt"), PAK_AFG, false), null);
  }

  long scalar(String sql) throws Exception {
    try (Connection c = ws.newConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  EventPicture picture() {
    return new EventPictureService(ws).picture(PictureQuery.monthly(PAK_AFG));
  }

  @Test
  void import_then_reimport_adds_nothing() throws Exception {
    EventImportService.Report first = importFiles(null, false, fixture("synthetic-gdelt2.export.CSV"));
    assertThat(first.merged().added()).isEqualTo(9);
    EventImportService.Report again = importFiles(null, false, fixture("synthetic-gdelt2.export.CSV"));
    assertThat(again.merged().added()).isZero();
    assertThat(again.merged().replaced()).isZero();
    assertThat(again.merged().unchanged()).isEqualTo(9);
    assertThat(scalar("SELECT count(*) FROM events")).isEqualTo(9);
    assertThat(scalar("SELECT count(*) FROM event_imports")).isEqualTo(2);
  }

  @Test
  void a_revised_acled_export_replaces_the_changed_event_and_lists_it() throws Exception {
    importFiles(null, false, fixture("synthetic-acled-full.csv"));
    EventImportService.Report revised = importFiles(null, false, fixture("synthetic-acled-revised.csv"));
    assertThat(revised.merged().added()).isZero();
    assertThat(revised.merged().replaced()).isEqualTo(1);
    assertThat(revised.merged().unchanged()).isEqualTo(5);
    assertThat(revised.merged().changes()).extracting(Object::toString).containsExactly(
        "acled SYN1: 2023-01-04 Battles fatalities 5 PAK Khyber Pakhtunkhwa -> 2023-01-04 Battles fatalities 6 PAK"
            + " Khyber Pakhtunkhwa");
    assertThat(scalar("SELECT fatalities FROM events WHERE event_id = 'SYN1'")).isEqualTo(6);
  }

  @Test
  void monthly_picture_counts_types_gdelt_duplicates_directions_and_cross_border() throws Exception {
    importFiles(null, false, fixture("synthetic-gdelt2.export.CSV"), fixture("synthetic-acled-full.csv"),
        fixture("synthetic-ucdp-ged.csv"));
    EventPicture p = picture();
    Map<String, Long> acledTypes = new TreeMap<>();
    for (TypeCount t : p.types()) {
      if (t.dataset().equals("acled") && t.kind().equals("event_type")) {
        acledTypes.put(t.period() + " " + t.type() + " " + t.fatalities(), t.events());
      }
    }
    assertThat(acledTypes).isEqualTo(Map.of("2023-01 Battles 7", 2L, "2023-01 Explosions/Remote violence 3", 1L,
        "2023-02 Protests 0", 1L, "2023-02 Violence against civilians 4", 1L,
        "2023-03 Explosions/Remote violence 7", 1L));
    TypeCount ucdpJan = p.types().stream().filter(t -> t.dataset().equals("ucdp") && t.period().equals("2023-01"))
        .findFirst().orElseThrow();
    assertThat(List.of(ucdpJan.events(), ucdpJan.fatalities(), ucdpJan.low(), ucdpJan.high()))
        .containsExactly(2L, 7L, 6L, 11L);
    assertThat(p.gdelt()).containsExactly(new GdeltVolume("2023-01", 4, 4, 3), new GdeltVolume("2023-02", 3, 2, 2),
        new GdeltVolume("2023-03", 2, 2, 2));
    InteractionDirection pakToAfg = p.directions().stream().filter(d -> d.period().equals("2023-01") && d.from().equals("PAK"))
        .findFirst().orElseThrow();
    assertThat(pakToAfg.events()).isEqualTo(2);
    assertThat(pakToAfg.collapsed()).isEqualTo(1);
    assertThat(pakToAfg.goldsteinMean()).isEqualTo(-10.0);
    assertThat(pakToAfg.toneWeighted()).isCloseTo(-6.5, within(1e-9));
    assertThat(p.crossBorder().stream().filter(c -> c.dataset().equals("acled"))
        .map(c -> c.period() + " " + c.actorsOf() + " in " + c.in()).toList())
        .containsExactly("2023-01 AFG in PAK", "2023-03 PAK in AFG");
  }

  @Test
  void acled_and_ucdp_monthly_fatalities_agree_with_a_correlation() throws Exception {
    importFiles(null, false, fixture("synthetic-acled-full.csv"), fixture("synthetic-ucdp-ged.csv"));
    Agreement a = picture().agreements().stream().filter(x -> x.measure().equals("fatalities")).findFirst()
        .orElseThrow();
    assertThat(a.first()).isEqualTo("acled");
    assertThat(a.second()).isEqualTo("ucdp");
    assertThat(a.months()).isEqualTo(3);
    assertThat(a.correlation()).isCloseTo(9 / Math.sqrt(18 * (14.0 / 3)), within(1e-9));
    assertThat(a.largest().get(0)).isEqualTo(new Agreement.MonthPair("2023-01", 10, 7));
  }

  @Test
  void a_bad_row_stops_the_import_and_changes_nothing() throws Exception {
    importFiles(null, false, fixture("synthetic-acled-full.csv"));
    List<String> lines = new ArrayList<>(Files.readAllLines(fixture("synthetic-gdelt2.export.CSV")));
    lines.set(8, lines.get(8).replace("\t20230221\t", "\t2023-02-21\t"));
    Path bad = dir.resolve("bad.CSV");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> importFiles(null, false, fixture("synthetic-gdelt2.export.CSV"), bad))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(bad + ":9:SQLDATE: not a date YYYYMMDD: '2023-02-21'");
    assertThat(scalar("SELECT count(*) FROM events")).isEqualTo(6);
    assertThat(scalar("SELECT count(*) FROM event_imports")).isEqualTo(1);
  }

  @Test
  void lenient_import_skips_bad_rows_and_writes_them_to_the_rejects_file() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(fixture("synthetic-gdelt2.export.CSV")));
    lines.set(0, lines.get(0).replace("\t190\t190\t19\t4\t-10.0\t10\t", "\t190\t190\t19\t4\t-10.0\tten\t"));
    Path bad = dir.resolve("bad.CSV");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    EventImportService.Report r = importFiles(null, true, bad);
    assertThat(r.read().rejected()).isEqualTo(1);
    assertThat(r.merged().added()).isEqualTo(8);
    assertThat(Files.readAllLines(dir.resolve("rejects.txt"))).containsExactly(
        "# " + bad + ":1:NumMentions: not a whole number: 'ten'", lines.get(0));
  }

  @Test
  void real_samples_import_with_exact_counts() throws Exception {
    Path ucdp = SharedData.data("real/ucdp/ged-pakistan-hdx.csv");
    Path gdelt = SharedData.data("real/gdelt/20191024143000.export.CSV");
    EventImportService.Report r = importFiles(null, false, ucdp, gdelt);
    assertThat(r.merged().added()).isEqualTo(6416 + 46);
    EventPicture p = new EventPictureService(ws).picture(new PictureQuery(PAK_AFG, false, null, null, List.of(), 5));
    assertThat(p.datasets()).extracting(EventPicture.Coverage::dataset, EventPicture.Coverage::events)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("gdelt", 46L), org.assertj.core.groups.Tuple.tuple("ucdp", 6416L));
    long ucdp2021 = p.types().stream().filter(t -> t.dataset().equals("ucdp") && t.period().equals("2021"))
        .mapToLong(TypeCount::events).sum();
    assertThat(ucdp2021).isEqualTo(189);
  }
}
