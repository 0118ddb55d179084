package io.dyadscope.events;

import io.dyadscope.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltReadingTest {

  @TempDir Path dir;

  @Test
  void synthetic_gdelt2_keeps_the_rows_touching_the_dyad_per_month() throws Exception {
    Fixtures.Read r = Fixtures.read(null, false, Fixtures.file("synthetic-gdelt2.export.CSV"));
    assertThat(r.summary().rows()).isEqualTo(11);
    assertThat(r.summary().kept()).isEqualTo(9);
    assertThat(r.summary().outsideDyad()).isEqualTo(2);
    assertThat(r.perMonth()).isEqualTo(Map.of("2023-01", 4L, "2023-02", 3L, "2023-03", 2L));
  }

  @Test
  void a_gdelt2_row_maps_cameo_actors_fips_place_and_keeps_codes_as_strings() throws Exception {
    Event e = Fixtures.read(null, false, Fixtures.file("synthetic-gdelt2.export.CSV")).byId("1001");
    assertThat(e.dataset()).isEqualTo(Dataset.GDELT);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.actor1Iso()).isEqualTo("PAK");
    assertThat(e.actor2Iso()).isEqualTo("AFG");
    assertThat(e.countryIso()).isEqualTo("AFG");
    assertThat(e.admin1()).isEqualTo("AF18");
    assertThat(e.eventType()).isEqualTo("190");
    assertThat(e.rootCode()).isEqualTo("19");
    assertThat(e.quadClass()).isEqualTo(4);
    assertThat(e.goldstein()).isEqualTo(-10.0);
    assertThat(e.mentions()).isEqualTo(10);
    assertThat(e.tone()).isEqualTo(-5.0);
    assertThat(e.fatalities()).isNull();
    assertThat(e.crossBorder("PAK", "AFG")).isTrue();
  }

  @Test
  void leading_zero_event_codes_stay_strings() {
    String[] f = new String[61];
    java.util.Arrays.fill(f, "");
    f[0] = "7";
    f[1] = "20230101";
    f[25] = "1";
    f[26] = "0256";
    f[27] = "025";
    f[28] = "02";
    f[29] = "1";
    f[30] = "-0.3";
    f[31] = "2";
    f[34] = "0.5";
    Event e = GdeltRow.parse(String.join("\t", f), "row.tsv", 5);
    assertThat(e.eventType()).isEqualTo("0256");
    assertThat(e.rootCode()).isEqualTo("02");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void all_rows_keeps_every_row() throws Exception {
    Fixtures.Read r = Fixtures.read(null, true, Fixtures.file("synthetic-gdelt2.export.CSV"));
    assertThat(r.summary().kept()).isEqualTo(11);
  }

  @Test
  void gdelt1_files_with_58_and_57_columns_read_alike() throws Exception {
    Fixtures.Read r58 = Fixtures.read(null, false, Fixtures.file("synthetic-gdelt1.CSV"));
    Fixtures.Read r57 = Fixtures.read(EventFormat.GDELT1, false, Fixtures.file("synthetic-gdelt1-57.CSV"));
    assertThat(r58.perMonth()).isEqualTo(Map.of("2013-04", 2L, "2013-05", 1L));
    assertThat(r57.perMonth()).isEqualTo(r58.perMonth());
    assertThat(r57.byId("2001").countryIso()).isEqualTo("AFG");
    assertThat(r57.byId("2002").admin1()).isEqualTo("PK08");
  }

  @Test
  void a_zip_and_a_directory_read_like_the_plain_files() throws Exception {
    Path zip = dir.resolve("synthetic-gdelt2.export.CSV.zip");
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("synthetic-gdelt2.export.CSV"));
      z.write(Files.readAllBytes(Fixtures.file("synthetic-gdelt2.export.CSV")));
      z.closeEntry();
    }
    Fixtures.Read zipped = Fixtures.read(null, false, zip);
    assertThat(zipped.summary().kept()).isEqualTo(9);
    assertThat(zipped.byId("1003").file()).isEqualTo(zip + "!synthetic-gdelt2.export.CSV");

    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.copy(Fixtures.file("synthetic-gdelt2.export.CSV"), folder.resolve("a.export.CSV"));
    Files.copy(Fixtures.file("synthetic-gdelt1.CSV"), folder.resolve("b.CSV"));
    Fixtures.Read both = Fixtures.read(null, false, folder);
    assertThat(both.summary().files()).hasSize(2);
    assertThat(both.summary().kept()).isEqualTo(12);
  }

  @Test
  void real_gdelt2_export_keeps_46_of_2111_rows_all_in_october_2019() throws Exception {
    Path real = SharedData.data("real/gdelt/20191024143000.export.CSV");
    Fixtures.Read r = Fixtures.read(EventFormat.GDELT2, false, real);
    assertThat(r.summary().rows()).isEqualTo(2111);
    assertThat(r.summary().kept()).isEqualTo(46);
    assertThat(r.perMonth()).isEqualTo(Map.of("2019-10", 46L));
    Fixtures.Read all = Fixtures.read(null, true, real);
    assertThat(all.perMonth()).isEqualTo(Map.of("2018-10", 24L, "2019-09", 20L, "2019-10", 2067L));
  }
}
