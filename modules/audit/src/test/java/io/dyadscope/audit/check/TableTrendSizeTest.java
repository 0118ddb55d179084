package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Verified;
import io.dyadscope.documents.MarkdownText;
import io.dyadscope.evidence.AuditFinding;
import org.junit.jupiter.api.Test;

/**
 * A trend said of a table's balance with a word of size ("narrowed", "widened") is judged on the
 * figures' absolute values; the quantity is read from the words before the verb, places aside.
 * Synthetic reports with fiscal-year rows.
 */
class TableTrendSizeTest {

  private static final String TABLE = """

      | Fiscal year | Exports to Afghanistan | Imports from Afghanistan | Balance |
      | --- | ---: | ---: | ---: |
      | 2020/21 | 114.4 | 965.9 | %s |
      | 2021/22 | 150.9 | 1,232.2 | %s |
      | 2022/23 | 103.2 | 1,030.8 | -927.6 |
      """;

  @Test
  void aDeficitSaidToNarrowEveryYearThatWidenedOnceIsAnError() {
    AuditReport r = audit(MarkdownText.toText("""
        # Pakistan and Afghanistan

        Pakistan's trade deficit with Afghanistan has narrowed every year since 2020/21, helped by curbs on imports.
        """ + TABLE.formatted("-851.5", "-1,081.3")));

    assertThat(findings(r, Checks.TREND_CLAIM)).extracting(AuditFinding::line, AuditFinding::message).containsExactly(
        org.assertj.core.api.Assertions.tuple(3, "'size fall' since 2020 at every step, but Table at line 5, Balance"
            + " shows a size rise from 2020 to 2021"));
  }

  @Test
  void aDeficitThatNarrowedAtEveryStepHolds() {
    AuditReport r = audit(MarkdownText.toText("""
        # Pakistan and Afghanistan

        Pakistan's trade deficit with Afghanistan has narrowed every year since 2020/21, helped by curbs on imports.
        """ + TABLE.formatted("-1,181.3", "-1,081.3")));

    assertThat(findings(r, Checks.TREND_CLAIM)).isEmpty();
    assertThat(verified(r, Checks.TREND_CLAIM)).extracting(Verified::message)
        .containsExactly("'size fall' since 2020 at every step holds in Table at line 5, Balance");
  }

  @Test
  void aTrendThatTwoColumnsMatchEquallyIsNotJudged() {
    AuditReport r = audit(MarkdownText.toText("""
        # Pakistan and Afghanistan

        Attacks have declined every year since 2020.

        | Year | Attacks north | Attacks south |
        | --- | ---: | ---: |
        | 2020 | 40 | 30 |
        | 2021 | 55 | 25 |
        | 2022 | 60 | 20 |
        """));

    assertThat(findings(r, Checks.TREND_CLAIM)).isEmpty();
    assertThat(verified(r, Checks.TREND_CLAIM)).isEmpty();
  }

  @Test
  void aTrendThatOneColumnMatchesBestIsJudgedOnIt() {
    AuditReport r = audit(MarkdownText.toText("""
        # Pakistan and Afghanistan

        Attacks in the north have declined every year since 2020.

        | Year | Attacks north | Attacks south |
        | --- | ---: | ---: |
        | 2020 | 40 | 30 |
        | 2021 | 55 | 25 |
        | 2022 | 60 | 20 |
        """));

    assertThat(findings(r, Checks.TREND_CLAIM)).extracting(AuditFinding::line).containsExactly(3);
  }
}
