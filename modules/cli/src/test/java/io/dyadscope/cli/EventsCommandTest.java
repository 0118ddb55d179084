package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {

  @TempDir Path dir;

  private Path fixture() throws Exception {
    return Path.of(EventsCommandTest.class.getResource("synthetic-gdelt2.export.CSV").toURI());
  }

  @Test
  void without_events_the_picture_says_how_to_import_them() {
    CliRun r = CliRun.of("events", "--workspace", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("No events for PAK-AFG in the workspace. Import them with: dyadscope import events");
  }

  @Test
  void import_then_monthly_csv_gives_raw_and_collapsed_counts() throws Exception {
    CliRun imp = CliRun.of("import", "events", fixture().toString(), "--workspace", dir.toString());
    assertThat(imp.code()).isZero();
    assertThat(imp.out()).contains("read 11 rows from 1 file(s): 9 kept for the dyad, 2 outside it, 0 rejected",
        "events: 9 added, 0 replaced, 0 unchanged");
    CliRun csv = CliRun.of("events", "--workspace", dir.toString(), "--format", "csv");
    assertThat(csv.out().lines().filter(l -> l.contains(",quad_class,"))).containsExactly(
        "2023-01,gdelt,quad_class,4 Material Conflict,3,2,,,", "2023-01,gdelt,quad_class,1 Verbal Cooperation,1,1,,,",
        "2023-02,gdelt,quad_class,2 Material Cooperation,1,1,,,", "2023-02,gdelt,quad_class,3 Verbal Conflict,1,1,,,",
        "2023-02,gdelt,quad_class,4 Material Conflict,1,0,,,", "2023-03,gdelt,quad_class,3 Verbal Conflict,1,1,,,",
        "2023-03,gdelt,quad_class,4 Material Conflict,1,1,,,");
    CliRun years = CliRun.of("events", "--workspace", dir.toString(), "--by", "year", "--type", "19", "--format", "csv");
    assertThat(years.out().lines().filter(l -> l.contains(",cameo_root,"))).containsExactly(
        "2023,gdelt,cameo_root,19 FIGHT,3,1,,,");
  }

  @Test
  void a_bad_file_exits_1_naming_file_and_line_and_changes_nothing() throws Exception {
    CliRun.of("import", "events", fixture().toString(), "--workspace", dir.toString());
    Path bad = dir.resolve("bad.CSV");
    Files.writeString(bad, Files.readString(fixture()).replace("\t20230203\t", "\t20230230\t"));
    CliRun r = CliRun.of("import", "events", bad.toString(), "--workspace", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ":6:SQLDATE: not a date YYYYMMDD: '20230230'").doesNotContain("Exception");
    CliRun csv = CliRun.of("events", "--workspace", dir.toString(), "--format", "csv", "actors", "--top", "1");
    assertThat(csv.out().lines()).containsExactly("what,dataset,name,country,events,fatalities",
        "actor,gdelt,AFGHANISTAN,AFG,7,", "place,gdelt,AFG: AF18,AFG,2,");
  }
}
