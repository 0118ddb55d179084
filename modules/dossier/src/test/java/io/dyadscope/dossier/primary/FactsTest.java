package io.dyadscope.dossier.primary;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts, not mentions. SYNTHETIC observations shaped like a paper that repeats itself. */
class FactsTest {

  static Observation reported(String ind, String subject, int year, double v, String source, String location) {
    return new Observation(ind, "PAK-AFG", subject, Period.ofYear(year), v, "count", Status.REPORTED, source,
        "paper-2025", location, "");
  }

  static Observation observed(String ind, String subject, int year, double v, String source) {
    return new Observation(ind, "PAK-AFG", subject, Period.ofYear(year), v, "count", Status.OBSERVED, source, "", "",
        "");
  }

  @Test
  void oneFigureRepeatedInFivePlacesIsOneFactWithFiveLocations() {
    List<Fact> facts = Facts.of(List.of(reported("refugees.registered", "PAK", 2023, 1_420_000, "agency-2023", "Intro"),
        reported("refugees.registered", "PAK", 2023, 1_400_000, "agency-2023", "Review"),
        reported("refugees.registered", "PAK", 2023, 1_400_000, "agency-2023", "Theory"),
        reported("refugees.registered", "PAK", 2023, 1_400_000, "agency-2023", "Results"),
        reported("refugees.registered", "PAK", 2023, 1_400_000, "agency-2023", "Discussion")));
    assertThat(facts).singleElement().satisfies(f -> {
      assertThat(f.value()).isEqualTo(1_420_000);
      assertThat(f.locations()).containsExactlyInAnyOrder("Intro", "Review", "Theory", "Results", "Discussion");
      assertThat(f.mentions()).hasSize(5);
      assertThat(f.document()).isEqualTo("paper-2025");
    });
  }

  @Test
  void oneStatementCreditedToTwoSourcesIsOneFactWithTwoSources() {
    List<Fact> facts = Facts.of(List.of(reported("trade.total", "PAK-AFG", 2019, 1700, "bank-2023", "Intro"),
        reported("trade.total", "PAK-AFG", 2019, 1700, "office-2023", "Intro")));
    assertThat(facts).singleElement().satisfies(f ->
        assertThat(f.sources()).containsExactlyInAnyOrder("bank-2023", "office-2023"));
  }

  @Test
  void valuesThatDoNotAgreeWithinTheirPrecisionStayTwoFacts() {
    // 1700 stands for 1650-1750; 1900 does not fall in it
    List<Fact> facts = Facts.of(List.of(reported("trade.total", "PAK-AFG", 2019, 1700, "bank-2023", "Intro"),
        reported("trade.total", "PAK-AFG", 2019, 1900, "bank-2023", "Discussion")));
    assertThat(facts).extracting(Fact::value).containsExactly(1700.0, 1900.0);
  }

  @Test
  void twoFirstHandSourcesMeasuringOneThingAreTwoFacts() {
    List<Fact> facts = Facts.of(List.of(observed("trade.exports", "PAK-AFG", 2019, 1192.6, "dots-PAK"),
        observed("trade.exports", "PAK-AFG", 2019, 1058.0, "dots-AFG")));
    assertThat(facts).hasSize(2).allSatisfy(f -> assertThat(f.isSecondHand()).isFalse());
  }

  @Test
  void theOrderOfTheObservationsDoesNotMatter() {
    List<Observation> obs = new ArrayList<>(List.of(
        reported("trade.total", "PAK-AFG", 2019, 1700, "bank-2023", "Intro"),
        reported("trade.total", "PAK-AFG", 2019, 1700, "office-2023", "Intro"),
        reported("refugees.registered", "PAK", 2023, 1_400_000, "agency-2023", "Review"),
        reported("refugees.registered", "PAK", 2023, 1_420_000, "agency-2023", "Intro")));
    List<Fact> forward = Facts.of(obs);
    Collections.reverse(obs);
    assertThat(Facts.of(obs)).isEqualTo(forward);
  }
}
