package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import org.junit.jupiter.api.Test;

class ObservationQueryTest {

  @Test
  void allMatchesEverything() {
    assertThat(ObservationQuery.all())
        .isEqualTo(new ObservationQuery(null, null, null, null, null, null, null));
  }

  @Test
  void withersSetOneCriterionEach() {
    ObservationQuery q = ObservationQuery.all().dyad("pak-afg").indicator("trade.").subject("PAK")
        .status(Status.OBSERVED).source("sbp-2023").from(Period.ofYear(2020)).to(Period.ofMonth(2024, 6));
    assertThat(q).isEqualTo(new ObservationQuery("PAK-AFG", "trade.", "PAK", Status.OBSERVED, "sbp-2023",
        Period.ofYear(2020), Period.ofMonth(2024, 6)));
    assertThat(q.indicatorIsPrefix()).isTrue();
    assertThat(q.indicator("trade.total").indicatorIsPrefix()).isFalse();
  }

  @Test
  void blankCriteriaMatchEverything() {
    assertThat(ObservationQuery.all().dyad(" ").indicator("").subject("  ").source(""))
        .isEqualTo(ObservationQuery.all());
  }

  @Test
  void rangeThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> ObservationQuery.all().from(Period.ofYear(2024)).to(Period.ofMonth(2023, 12)))
        .hasMessage("period range ends before it starts: 2024 to 2023-12");
  }

  @Test
  void badDyadIsRefused() {
    assertThatThrownBy(() -> ObservationQuery.all().dyad("Pakistan"))
        .hasMessage("not a dyad (expected two ISO alpha-3 codes such as PAK-AFG): 'Pakistan'");
  }
}
