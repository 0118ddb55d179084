package io.dyadscope.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.events.rules.EventRules;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityIndicatorServiceTest {

  @TempDir Path dir;

  @Test
  void derives_yearly_counts_as_observed_observations_citing_dataset_and_rule() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      new EventImportService(ws).run(new EventImportService.Request(List.of(
          EventImportServiceTest.fixture("synthetic-acled-full.csv"),
          EventImportServiceTest.fixture("synthetic-ucdp-ged.csv")), null, false, null, Dyad.parse("PAK-AFG"), false),
          null);
      SecurityIndicatorService.Report r = new SecurityIndicatorService(ws).derive(Dyad.parse("PAK-AFG"),
          EventRules.standard());
      assertThat(r.observations()).extracting(o -> o.indicator() + " " + o.source() + " " + o.period() + " "
          + (long) o.value()).containsExactly(
              "security.incidents.cross_border acled-events 2023 2",
              "security.incidents.cross_border ucdp-ged 2023 2",
              "security.incidents.counterterrorism acled-events 2023 1",
              "security.incidents.counterterrorism ucdp-ged 2023 1",
              "security.incidents.militant acled-events 2023 2",
              "security.incidents.militant ucdp-ged 2023 1",
              "security.incidents.total acled-events 2023 5",
              "security.incidents.total ucdp-ged 2023 4");
      assertThat(r.observations()).allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.OBSERVED));
      assertThat(r.observations().get(0).note()).startsWith("derived from acled events by rule acled-cross-border:");
      assertThat(r.unclassified()).isEqualTo(java.util.Map.of("acled: Protests", 1L));
      assertThat(r.merged().added()).isEqualTo(8);
      List<Observation> stored = ws.observations(ObservationQuery.all());
      assertThat(stored.stream().filter(o -> o.source().equals("ucdp-ged"))).hasSize(4);
      SecurityIndicatorService.Report again = new SecurityIndicatorService(ws).derive(Dyad.parse("PAK-AFG"),
          EventRules.standard());
      assertThat(again.merged().added()).isZero();
      assertThat(again.merged().unchanged()).isEqualTo(8);
    }
  }
}
