package io.dyadscope.events;

import io.dyadscope.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CsvReadingTest {

  @Test
  void synthetic_acled_full_export_per_month_with_a_note_spanning_lines() throws Exception {
    Fixtures.Read r = Fixtures.read(null, false, Fixtures.file("synthetic-acled-full.csv"));
    assertThat(r.summary().rows()).isEqualTo(7);
    assertThat(r.perMonth()).isEqualTo(Map.of("2023-01", 3L, "2023-02", 2L, "2023-03", 1L));
    assertThat(r.byId("SYN1").line()).isEqualTo(2);
    assertThat(r.byId("SYN2").line()).isEqualTo(4);
    Event e = r.byId("SYN3");
    assertThat(e.actor1Iso()).isEqualTo("AFG");
    assertThat(e.actor2Iso()).isEqualTo("PAK");
    assertThat(e.countryIso()).isEqualTo("PAK");
    assertThat(e.admin1()).isEqualTo("Khyber Pakhtunkhwa");
    assertThat(e.fatalities()).isEqualTo(2);
    assertThat(e.crossBorder("PAK", "AFG")).isTrue();
    assertThat(r.byId("SYN2").actor1Iso()).isEmpty();
  }

  @Test
  void reduced_acled_export_derives_ids_and_takes_the_country_from_iso3() throws Exception {
    Fixtures.Read r = Fixtures.read(EventFormat.ACLED, false, Fixtures.file("synthetic-acled-reduced.csv"));
    assertThat(r.perMonth()).isEqualTo(Map.of("2023-01", 3L, "2023-02", 2L, "2023-03", 1L));
    assertThat(r.events()).allSatisfy(e -> assertThat(e.eventId()).matches("derived-[0-9a-f]{16}"));
    assertThat(r.events()).extracting(Event::countryIso).containsExactly("PAK", "PAK", "PAK", "PAK", "AFG", "AFG");
    Fixtures.Read again = Fixtures.read(EventFormat.ACLED, false, Fixtures.file("synthetic-acled-reduced.csv"));
    assertThat(again.events()).extracting(Event::eventId)
        .containsExactlyElementsOf(r.events().stream().map(Event::eventId).toList());
  }

  @Test
  void acled_export_without_country_columns_places_events_by_admin1_then_coordinates() throws Exception {
    Fixtures.Read r = Fixtures.read(EventFormat.ACLED, true, Fixtures.file("synthetic-acled-no-country.csv"));
    assertThat(r.events()).extracting(Event::countryIso)
        .containsExactly("PAK", "PAK", "AFG", "PAK", "IND", "AFG", "", "IND");
    assertThat(r.summary().placed()).isEqualTo(Map.of(EventPlaces.How.ADMIN1, 4L, EventPlaces.How.COORDINATES, 3L,
        EventPlaces.How.NONE, 1L));
    Fixtures.Read dyad = Fixtures.read(EventFormat.ACLED, false, Fixtures.file("synthetic-acled-no-country.csv"));
    assertThat(dyad.summary().kept()).isEqualTo(5);
    assertThat(dyad.summary().outsideDyad()).isEqualTo(3);
  }

  @Test
  void files_that_name_countries_report_no_placement() throws Exception {
    Fixtures.Read r = Fixtures.read(EventFormat.ACLED, false, Fixtures.file("synthetic-acled-reduced.csv"));
    assertThat(r.summary().placed()).isEmpty();
  }

  @Test
  void synthetic_ucdp_release_layout_with_ranges_and_gleditsch_ward_sides() throws Exception {
    Fixtures.Read r = Fixtures.read(null, false, Fixtures.file("synthetic-ucdp-ged.csv"));
    assertThat(r.summary().rows()).isEqualTo(5);
    assertThat(r.perMonth()).isEqualTo(Map.of("2023-01", 2L, "2023-02", 1L, "2023-03", 1L));
    assertThat(r.byId("9002").line()).isEqualTo(4);
    Event e = r.byId("9002");
    assertThat(e.eventType()).isEqualTo("state-based");
    assertThat(e.actor1Iso()).isEqualTo("AFG");
    assertThat(e.actor2Iso()).isEqualTo("PAK");
    assertThat(e.countryIso()).isEqualTo("PAK");
    assertThat(r.byId("9003").eventType()).isEqualTo("one-sided");
    assertThat(r.byId("9003").countryIso()).isEqualTo("AFG");
    assertThat(r.byId("9001").fatalitiesLow()).isEqualTo(4);
    assertThat(r.byId("9001").fatalities()).isEqualTo(5);
    assertThat(r.byId("9001").fatalitiesHigh()).isEqualTo(8);
  }

  @Test
  void real_ucdp_hdx_export_skips_the_hxl_row_and_reads_every_event() throws Exception {
    Path real = SharedData.data("real/ucdp/ged-pakistan-hdx.csv");
    Fixtures.Read r = Fixtures.read(null, false, real);
    assertThat(r.summary().rows()).isEqualTo(6416);
    assertThat(r.summary().kept()).isEqualTo(6416);
    Map<String, Long> y2021 = new TreeMap<>(r.perMonth());
    y2021.keySet().removeIf(k -> !k.startsWith("2021"));
    assertThat(y2021).isEqualTo(new TreeMap<>(Map.ofEntries(Map.entry("2021-01", 12L), Map.entry("2021-02", 21L),
        Map.entry("2021-03", 13L), Map.entry("2021-04", 10L), Map.entry("2021-05", 14L), Map.entry("2021-06", 15L),
        Map.entry("2021-07", 8L), Map.entry("2021-08", 25L), Map.entry("2021-09", 19L), Map.entry("2021-10", 24L),
        Map.entry("2021-11", 10L), Map.entry("2021-12", 18L))));
    long deaths2021 = r.events().stream().filter(e -> e.date().getYear() == 2021).mapToLong(Event::fatalities).sum();
    assertThat(deaths2021).isEqualTo(33 + 55 + 32 + 14 + 44 + 26 + 25 + 60 + 56 + 48 + 18 + 37);
    assertThat(r.events()).allSatisfy(e -> assertThat(e.countryIso()).isEqualTo("PAK"));
    assertThat(r.events().stream().filter(e -> e.actor1Iso().equals("AFG")).count()).isEqualTo(91);
  }
}
