package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContradictionCheckTest {

  private static List<AuditFinding> contradictions(String text) {
    return findings(audit(text), Checks.CONTRADICTION);
  }

  @Test
  void oneQuantityGivenTwoValuesIsAnErrorListingEveryPlace() {
    List<AuditFinding> f = contradictions("""
        Trade between Pakistan and Afghanistan reached $1.9 billion in 2022.
        The border stayed open for most of that year.
        In 2022, total trade stood at $2.3 billion.
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).line()).isEqualTo(1);
    assertThat(f.get(0).lines()).containsExactly(1, 3);
    assertThat(f.get(0).message()).isEqualTo("trade.total (total bilateral trade) for Pakistan-Afghanistan in 2022"
        + " is given different values: $1.9 billion (line 1) vs $2.3 billion (line 3)");
  }

  @Test
  void numbersThatRoundToEachOtherAgree() {
    AuditReport r = audit("""
        The UNHCR counted 1.4 million registered refugees in Pakistan in 2023.
        Pakistan hosted 1.42 million registered refugees in 2023.
        """);

    assertThat(findings(r, Checks.CONTRADICTION)).isEmpty();
    assertThat(verified(r, Checks.CONTRADICTION)).extracting(v -> v.message()).containsExactly(
        "refugees.registered (registered refugees from the second country hosted by the first) for Pakistan in 2023"
            + " stated 2 times, all agree: 1.4 million (line 1), 1.42 million (line 2)");
  }

  @Test
  void adjacentWholeNumbersDisagree() {
    assertThat(contradictions("""
        The Afghanistan-Pakistan Transit Trade Agreement (APTTA) matters.
        APTTA could raise trade by $2 billion.
        APTTA could raise trade by $3 billion.
        """)).hasSize(1);
  }

  @Test
  void figuresForDifferentPeriodsAreNotContradictions() {
    assertThat(contradictions("Trade reached $1.2 billion in 2021 and $1.9 billion in 2022.")).isEmpty();
  }

  @Test
  void anObservationBesideAProjectionIsNotAContradiction() {
    assertThat(contradictions("""
        Trade was $1.9 billion in 2024 according to early data.
        Trade is projected to reach $1.75 billion in 2024.
        """)).isEmpty();
  }

  @Test
  void aFigureWithoutAPeriodIsNotComparedForQuantitiesThatChangeOverTime() {
    assertThat(contradictions("""
        Trade reached $1.9 billion in 2022.
        Trade is worth $2.5 billion to both economies.
        """)).isEmpty();
  }

  @Test
  void oneOffEstimatesAreComparedWhateverTheirPeriodAndStatus() {
    List<AuditFinding> f = contradictions("""
        The China-Pakistan Economic Corridor (CPEC) is the largest project.
        CPEC projects totaling 62 billion dollars were announced (World Bank, 2023).
        In 2024 the investment in CPEC will be $65 billion.
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).startsWith("connectivity.investment").contains("for CPEC")
        .contains("62 billion dollars (line 2) vs $65 billion (line 3)");
  }

  @Test
  void aPeriodReadOnlyFromACitationMakesItAWarning() {
    List<AuditFinding> f = contradictions("""
        Pakistan hosts 1.4 million registered refugees (UNHCR, 2023).
        Pakistan hosts 1.6 million registered refugees (UNHCR, 2023).
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message()).endsWith("(the period of some is only a citation year)");
  }

  @Test
  void theToleranceOptionWidensWhatAgrees() {
    String text = """
        Trade reached $1.9 billion in 2022.
        Trade stood at $2.0 billion in 2022.
        """;
    AuditOptions lenient = AuditOptions.defaults().withTolerance(0.05);

    assertThat(contradictions(text)).hasSize(1);
    assertThat(findings(audit(text, "PAK-AFG", List.of(), Map.of(), lenient), Checks.CONTRADICTION)).isEmpty();
  }

  @Test
  void aFigureCheckedAgainstAnotherInASentenceNamingTheirDifferenceIsNoContradiction() {
    List<AuditFinding> f = contradictions("""
        Total trade between Pakistan and Afghanistan stood at $1.9 billion in 2022.
        The study gives total trade of $2.3 billion for 2022; the reporters show $1.9 billion, a difference of $0.4 billion.
        """);

    assertThat(f).isEmpty();
  }

  @Test
  void aDifferentValueStatedOnItsOwnElsewhereIsStillAContradictionBesideAComparison() {
    List<AuditFinding> f = contradictions("""
        Total trade between Pakistan and Afghanistan stood at $1.9 billion in 2022.
        The study gives total trade of $2.3 billion for 2022; the reporters show $1.9 billion, a difference of $0.4 billion.
        In 2022, total trade stood at $2.6 billion.
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
  }
}
