package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeStatementCheckTest {

  @Test
  void aRiseThatIsAFallIsAnError() {
    List<AuditFinding> f = findings(audit("Trade rose from $1.9 billion in 2022 to $1.5 billion in 2023."),
        Checks.CHANGE_STATEMENT);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).message()).isEqualTo("'rose' (a rise) but from $1.9 billion in 2022 (line 1) to $1.5 billion"
        + " in 2023 (line 1) is a fall, -21.05%");
  }

  @Test
  void aDirectionAndPercentThatFitTheNumbersAreVerified() {
    AuditReport r = audit("Security incidents fell 20% from 250 in 2022 to 200 in 2023.");

    assertThat(findings(r, Checks.CHANGE_STATEMENT)).isEmpty();
    assertThat(verified(r, Checks.CHANGE_STATEMENT)).extracting(Verified::message).containsExactly(
        "'fell' (a fall) matches from 250 in 2022 (line 1) to 200 in 2023 (line 1), -20.00%",
        "stated 20% matches from 250 in 2022 (line 1) to 200 in 2023 (line 1), -20.00%");
  }

  @Test
  void aStatedPercentThatDoesNotFitIsAnError() {
    List<AuditFinding> f = findings(audit("Security incidents fell 30% from 250 in 2022 to 200 in 2023."),
        Checks.CHANGE_STATEMENT);

    assertThat(f).extracting(AuditFinding::message).containsExactly(
        "stated 30% but from 250 in 2022 (line 1) to 200 in 2023 (line 1) is a change of -20.00%");
  }

  @Test
  void withOnlyTheEndValueTheReportsEarlierFigureIsTheStartAndAMismatchIsAWarning() {
    List<AuditFinding> f = findings(audit("""
        Trade reached $1.2 billion in 2021.
        In 2022 trade rose to $1.0 billion.
        """), Checks.CHANGE_STATEMENT);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).line()).isEqualTo(2);
    assertThat(f.get(0).message()).isEqualTo("'rose' (a rise) but from $1.2 billion in 2021 (line 1) to $1.0 billion"
        + " in 2022 (line 2) is a fall, -16.67% (the earlier figure is the report's latest before 2022)");
  }

  @Test
  void figuresEqualWithinRoundingAreNoClearMove() {
    List<AuditFinding> f = findings(audit("Registered refugees in Pakistan rose from 1.4 million in 2022 to 1.42 million"
        + " in 2023."), Checks.CHANGE_STATEMENT);

    assertThat(f).extracting(AuditFinding::severity).containsExactly(Severity.WARNING);
    assertThat(f.get(0).message()).contains("is no change within rounding");
  }

  @Test
  void aChangeOfAnotherQuantityIsNotComparedWithThisOne() {
    assertThat(findings(audit("""
        Trade reached $1.2 billion in 2021.
        In 2022 security incidents rose to 310.
        """), Checks.CHANGE_STATEMENT)).isEmpty();
  }
}
