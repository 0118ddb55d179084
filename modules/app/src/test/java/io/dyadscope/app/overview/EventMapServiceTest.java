package io.dyadscope.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.app.Application;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.app.events.EventImportService;
import io.dyadscope.app.overview.EventMap.Division;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events by first-level division from the synthetic ACLED and UCDP fixtures: ACLED writes
 * "Khyber Pakhtunkhwa", UCDP "Khyber Pakhtunkhwa province"; both land in PK-KP.
 */
class EventMapServiceTest {

  static final Dyad PAK_AFG = Dyad.parse("PAK-AFG");

  @TempDir
  static Path dir;

  static Application app;

  @BeforeAll
  static void load() throws Exception {
    app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null,
        io.dyadscope.app.DefaultDataset.standard().withoutPack()));
    app.events().importFiles(new EventImportService.Request(List.of(
        fixture("synthetic-acled-full.csv"), fixture("synthetic-ucdp-ged.csv")),
        null, false, null, PAK_AFG, false), (read, total, rows) -> { });
  }

  static Path fixture(String name) throws Exception {
    return Path.of(EventMapServiceTest.class.getResource("/io/dyadscope/app/events/" + name).toURI());
  }

  static Map<String, Long> events(EventMap m) {
    return m.divisions().stream().collect(Collectors.toMap(Division::code, Division::events));
  }

  @Test
  void eachDatasetsSpellingOfADivisionJoinsOnItsCode() {
    EventMap m = app.eventMap().map(PAK_AFG, null, null);
    assertThat(events(m)).containsEntry("PK-KP", 5L).containsEntry("AF-KAB", 2L).containsEntry("AF-KHO", 2L)
        .containsEntry("PK-PB", 1L);
    assertThat(m.unplaced()).isEmpty();
  }

  @Test
  void thePeriodChosenLimitsTheCounts() {
    EventMap m = app.eventMap().map(PAK_AFG, Period.parse("2023-02"), Period.parse("2023-03"));
    assertThat(events(m)).doesNotContainKey("PK-KP").containsEntry("AF-KAB", 2L);
  }

  @Test
  void aFormerDivisionCountsInTheOneThatAbsorbedItWithANote() {
    List<String> notes = new ArrayList<>();
    assertThat(EventMapService.resolve("PAK", "Federally Administered Tribal Areas", notes)).hasValue("PK-KP");
    assertThat(notes).containsExactly("Federally Administered Tribal Areas: former division (PK-TA) merged into "
        + "Khyber Pakhtunkhwa in 2018");
  }

  @Test
  void aNameInTheOtherCountryOrADatasetsOwnCodeIsNotPlaced() {
    assertThat(EventMapService.resolve("AFG", "Punjab", new ArrayList<>())).isEmpty();
    assertThat(EventMapService.resolve("AFG", "AF18", new ArrayList<>())).isEmpty();
  }
}

