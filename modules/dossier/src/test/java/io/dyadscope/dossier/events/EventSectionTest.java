package io.dyadscope.dossier.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.picture.InteractionDirection;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.GdeltVolume;
import io.dyadscope.events.picture.TypeCount;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pictures here are SYNTHETIC: small made-up counts in the shape the store computes. */
class EventSectionTest {

  private static EventPicture picture() {
    return new EventPicture("PAK-AFG", "month",
        List.of(new TypeCount("2023-01", "ucdp", "violence", "state-based", 2, 2, 7L, 6L, 11L),
            new TypeCount("2023-03", "ucdp", "violence", "state-based", 1, 1, 6L, 5L, 9L),
            new TypeCount("2023-03", "ucdp", "violence", "one-sided", 1, 1, 4L, 4L, 10L),
            new TypeCount("2023-01", "gdelt", "quad_class", "4 Material Conflict", 3, 2, null, null, null)),
        List.of(new InteractionDirection("2023-01", "PAK", "AFG", 2, 1, -10, -6.5)), List.of(),
        List.of(new GdeltVolume("2023-01", 3, 3, 2)), List.of(), List.of(),
        List.of(Agreement.of("events", "gdelt", "ucdp", List.of(new Agreement.MonthPair("2023-01", 2, 2)))),
        List.of(new EventPicture.Coverage("gdelt", 3, "2023-01", "2023-01"),
            new EventPicture.Coverage("ucdp", 4, "2023-01", "2023-03")));
  }

  @Test
  void without_events_the_section_says_how_to_import_them() {
    EventPicture none = new EventPicture("PAK-AFG", "month", List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    EventSection s = EventSection.build(none, List.of());
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.text()).containsExactly("No event data for PAK-AFG in the workspace. Import ACLED, UCDP GED or"
        + " GDELT files with `dyadscope import events FILE...`, then `dyadscope events derive` for the yearly"
        + " security indicators.");
  }

  @Test
  void charts_stack_counts_per_month_with_gaps_as_zero_and_cite_their_dataset() {
    EventSection s = EventSection.build(picture(), List.of());
    assertThat(s.charts()).extracting(EventChart::id).containsExactly("events-gdelt-types", "events-ucdp-types",
        "events-ucdp-fatalities", "events-gdelt-goldstein");
    EventChart ucdp = s.charts().get(1);
    assertThat(ucdp.periods()).containsExactly("2023-01", "2023-02", "2023-03");
    assertThat(ucdp.series()).extracting(EventChart.EventSeries::name).containsExactly("state-based", "one-sided");
    assertThat(ucdp.series().get(0).values()).containsExactly(2.0, 0.0, 1.0);
    assertThat(ucdp.citation()).isEqualTo("UCDP Georeferenced Event Dataset");
    EventChart fatalities = s.charts().get(2);
    assertThat(fatalities.series().get(0).values()).containsExactly(7.0, 0.0, 10.0);
    assertThat(fatalities.series().get(0).low()).containsExactly(6.0, 0.0, 9.0);
    assertThat(fatalities.series().get(0).high()).containsExactly(11.0, 0.0, 19.0);
    assertThat(s.charts().get(0).series().get(0).values()).containsExactly(2.0);
    assertThat(s.charts().get(3).series().get(0).values()).containsExactly(-10.0);
    assertThat(s.text()).contains("GDELT records one event once per article pattern: 3 raw rows are 2 root events"
        + " once near-duplicates (same day, actors, CAMEO code and place) are collapsed; the GDELT charts count the"
        + " collapsed events.");
  }

  @Test
  void derived_series_stand_beside_reported_figures_with_the_difference() {
    Observation derived = new Observation("security.incidents.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2021), 189,
        "count", Status.OBSERVED, "ucdp-ged", "", "", "rule ucdp-total");
    Observation reported = new Observation("security.incidents.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2021), 370,
        "count", Status.REPORTED, "satp-2023", "jssa-2025", "Introduction", "");
    EventSection s = EventSection.build(picture(), List.of(derived, reported));
    assertThat(s.comparisons()).containsExactly(new EventSection.Comparison("security.incidents.total", "2021", 189,
        "ucdp-ged", 370, "satp-2023", "jssa-2025"));
    assertThat(s.comparisons().get(0).difference()).isEqualTo(-181);
  }
}
