package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendClaimCheckTest {

  private static final String TABLE = """
      Table 1: Projected Bilateral Trade between Pakistan and Afghanistan (2024) (Values in USD Millions)

      Year Exports Imports Total Trade
      2024 1,400 350 1,750

      """;

  @Test
  void growthSaidOfAQuantityWhoseFiguresFallIsAnError() {
    List<AuditFinding> f = findings(audit("""
        In 2022 the trade volume rose to $1.9 billion.
        Trade volumes between Pakistan and Afghanistan are projected to expand substantially until 2024.

        """ + TABLE), Checks.TREND_CLAIM);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).line()).isEqualTo(2);
    assertThat(f.get(0).message()).isEqualTo("'expand' (a rise) said of trade.total for Pakistan-Afghanistan to 2024,"
        + " but its figures show a fall: from $1.9 billion in 2022 (line 1) to 1,750 in 2024 (line 7, Table 1),"
        + " -7.89%");
  }

  @Test
  void aSentenceGivingItsOwnNumbersIsLeftToTheChangeStatementCheck() {
    AuditReport r = audit("""
        Security incidents numbered 310 in 2023.
        Security incidents are projected to decrease slightly during 2024, to 290.
        """);

    assertThat(findings(r, Checks.TREND_CLAIM)).isEmpty();
    assertThat(verified(r, Checks.TREND_CLAIM)).isEmpty();
    assertThat(verified(r, Checks.CHANGE_STATEMENT)).extracting(Verified::message).containsExactly(
        "'decrease' (a fall) matches from 310 in 2023 (line 1) to 290 in 2024 (line 2), -6.45%");
  }

  @Test
  void aTrendSentenceWithoutNumbersIsCheckedAgainstTheReportsFigures() {
    AuditReport r = audit("""
        Security incidents numbered 310 in 2023 and 290 in 2024.
        Security incidents are projected to decrease during 2024 thanks to border management.
        """);

    assertThat(verified(r, Checks.TREND_CLAIM)).extracting(Verified::message).containsExactly(
        "'decrease' (a fall) said of security.incidents.total for Pakistan-Afghanistan to 2024 matches its figures:"
            + " from 310 in 2023 (line 1) to 290 in 2024 (line 1), -6.45%");
  }

  @Test
  void workspaceObservationsSupplyFiguresTheReportLacks() {
    Source sbp = new Source("sbp-2023", "State Bank of Pakistan, trade statistics, 2023", "State Bank of Pakistan",
        SourceKind.OFFICIAL, Grade.B, 2023, "");
    Observation y2022 = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2022), 1900, "USD million",
        Status.REPORTED, "sbp-2023", "", "", "");
    AuditReport r = audit("Smaller trade growth is expected for 2024.\n\n" + TABLE, "PAK-AFG", List.of(y2022),
        Map.of("sbp-2023", sbp), AuditOptions.defaults());

    List<AuditFinding> f = findings(r, Checks.TREND_CLAIM);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("from 1,900 USD million in 2022 (observation " + y2022.id()
        + " of State Bank of Pakistan 2023 [sbp-2023]) to 1,750 in 2024");
  }

  @Test
  void aTrendWithoutAPeriodOrNegatedIsNotChecked() {
    String figures = "Trade was $1.9 billion in 2022.\n\n" + TABLE;
    assertThat(findings(audit("Trade growth remains the aim of both governments.\n" + figures), Checks.TREND_CLAIM))
        .isEmpty();
    assertThat(findings(audit("Trade did not grow in 2024.\n" + figures), Checks.TREND_CLAIM)).isEmpty();
  }
}
