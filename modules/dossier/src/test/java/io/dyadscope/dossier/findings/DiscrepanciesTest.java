package io.dyadscope.dossier.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.testdata.Synthetic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which figures stated more than once count as disagreeing (SYNTHETIC values). */
class DiscrepanciesTest {

  private static Observation obs(double value, Status status, String source) {
    return new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2019), value, "USD million", status,
        source, "", "", "");
  }

  private static Discrepancies scan(Observation... observations) {
    Evidence e = new Evidence(Dyad.parse("PAK-AFG"), Gazetteer.standard(), IndicatorCatalogue.standard(),
        Synthetic.sources(), List.of(observations));
    return Discrepancies.scan(new EvidenceIndex(e), List.of("trade.total"), "");
  }

  @Test
  void twoFirstHandMeasurementsOfDifferentSourcesAreIndependentNotADisagreement() {
    // the statistics office and the survey each measure: like the two reporters of a mirror pair
    Discrepancies d = scan(obs(80, Status.OBSERVED, "stats-2021"), obs(95, Status.OBSERVED, "survey-2021"));

    assertThat(d.checked()).isZero();
    assertThat(d.found()).isEmpty();
  }

  @Test
  void aNewsReportBesideTheMeasurementItReportsOnMustAgreeWithIt() {
    Discrepancies d = scan(obs(80, Status.OBSERVED, "stats-2021"), obs(95, Status.OBSERVED, "news-2021"));

    assertThat(d.checked()).isEqualTo(1);
    assertThat(d.found()).hasSize(1);
  }
}
