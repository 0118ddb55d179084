package io.dyadscope.dossier.primary;

import static io.dyadscope.dossier.primary.FactsTest.observed;
import static io.dyadscope.dossier.primary.FactsTest.reported;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tolerance rule and the verdicts, on SYNTHETIC values chosen to sit on either side of the
 * thresholds: 10% of the observed value, or the claim's own rounding where that is wider.
 */
class ClaimCheckerTest {

  private final ClaimChecker checker = new ClaimChecker(PrimaryPolicy.standard());

  private ClaimCheck check(Observation claim, Observation... observedValues) {
    List<Observation> all = new ArrayList<>(List.of(observedValues));
    all.add(claim);
    List<ClaimCheck> checks = checker.check(Facts.of(all), ObservedSeries.of(all));
    assertThat(checks).hasSize(1);
    return checks.get(0);
  }

  @Test
  void theStandardToleranceIsTenPercent() {
    assertThat(PrimaryPolicy.standard().tolerancePct()).isEqualTo(10);
  }

  @Test
  void aFigureWithinTenPercentOfTheObservedValueAgrees() {
    // 10% of 1546 is 154.6; 1700 - 1546 = 154
    assertThat(checker.agrees(1700, 1546)).isTrue();
  }

  @Test
  void aFigureJustBeyondTenPercentDiffers() {
    // 10% of 1540 is 154; 1700 - 1540 = 160, and 1700's rounding (50) does not reach
    assertThat(checker.agrees(1700, 1540)).isFalse();
  }

  @Test
  void aCoarselyWrittenFigureAgreesWithinItsRounding() {
    // "2" stands for 1.5 to 2.5; 10% of 2.45 is 0.245, the rounding 0.5 is wider
    assertThat(checker.agrees(2, 2.45)).isTrue();
    assertThat(checker.agrees(2, 2.6)).isFalse();
  }

  @Test
  void aFigureAgreeingWithOneOfTwoReportsAgrees() {
    ClaimCheck c = check(reported("trade.exports", "PAK-AFG", 2019, 1200, "bank-2023", "Intro"),
        observed("trade.exports", "PAK-AFG", 2019, 1192.6, "dots-PAK"),
        observed("trade.exports", "PAK-AFG", 2019, 1000, "dots-AFG"));
    assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.AGREES);
    assertThat(c.observed()).extracting(ClaimCheck.Reading::source, ClaimCheck.Reading::agrees)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dots-AFG", false),
            org.assertj.core.groups.Tuple.tuple("dots-PAK", true));
  }

  @Test
  void aFigureBeyondEveryObservedValueDiffers() {
    ClaimCheck c = check(reported("refugees.registered", "PAK", 2023, 1_400_000, "agency-2023", "Intro"),
        observed("refugees.registered", "PAK", 2023, 1_987_717, "unhcr"));
    assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.DIFFERS);
    assertThat(ClaimCheck.difference(c.claim(), c.observed().get(0))).isEqualTo(-587_717);
  }

  @Test
  void aTotalIsCheckedAgainstEachReportersExportsPlusImports() {
    ClaimCheck c = check(reported("trade.total", "PAK-AFG", 2019, 1700, "bank-2023", "Intro"),
        observed("trade.exports", "PAK-AFG", 2019, 1192.6, "dots-PAK"),
        observed("trade.imports", "PAK-AFG", 2019, 574.1, "dots-PAK"),
        observed("trade.exports", "PAK-AFG", 2019, 1058.0, "dots-AFG"),
        observed("trade.imports", "PAK-AFG", 2019, 298.0, "dots-AFG"));
    assertThat(c.observed()).extracting(ClaimCheck.Reading::source).containsExactly("dots-AFG", "dots-PAK");
    assertThat(c.observed().get(0).value()).isEqualTo(1356.0);
    assertThat(c.observed().get(1).value()).isCloseTo(1766.7, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(c.observed().get(1).how()).isEqualTo("the sum of the two flows as one reporter records them");
    assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.AGREES);
  }

  @Test
  void aTotalWithOnlyOneOfItsPartsObservedCannotBeChecked() {
    ClaimCheck c = check(reported("trade.total", "PAK-AFG", 2019, 1700, "bank-2023", "Intro"),
        observed("trade.exports", "PAK-AFG", 2019, 1192.6, "dots-PAK"));
    assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.UNCHECKABLE);
    assertThat(c.nearby()).extracting(ObservedSeries::source).containsExactly("dots-PAK");
  }

  @Test
  void aYearTheObservedSeriesDoesNotCoverCannotBeChecked() {
    ClaimCheck c = check(reported("trade.exports", "PAK-AFG", 2022, 1900, "bank-2023", "Intro"),
        observed("trade.exports", "PAK-AFG", 2019, 1192.6, "dots-PAK"),
        observed("trade.exports", "PAK-AFG", 2020, 870.9, "dots-PAK"));
    assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.UNCHECKABLE);
    assertThat(c.observed()).isEmpty();
  }

  @Test
  void anotherSubjectIsNotEvidence() {
    ClaimCheck c = check(reported("refugees.registered", "PAK", 2023, 1_400_000, "agency-2023", "Intro"),
        observed("refugees.registered", "AFG", 2023, 1_400_000, "unhcr"));
    assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.UNCHECKABLE);
  }

  @Test
  void projectionsAndObservedValuesAreNotChecked() {
    Observation projection = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2024), 1750,
        "count", Status.PROJECTION, "paper-2025", "", "Table 1", "");
    List<Observation> all = List.of(projection, observed("trade.total", "PAK-AFG", 2019, 1766, "dots-PAK"));
    assertThat(checker.check(Facts.of(all), ObservedSeries.of(all))).isEmpty();
  }

  @Test
  void aPolicyWithoutAToleranceIsRefusedByName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PrimaryPolicy.read(new java.io.StringReader(
        "{\"tolerance_reasoning\": \"x\"}"))).hasMessage("primary policy needs a number 'tolerance_pct'");
  }
}
