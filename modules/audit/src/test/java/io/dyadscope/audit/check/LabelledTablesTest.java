package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.Verified;
import io.dyadscope.evidence.AuditFinding;
import org.junit.jupiter.api.Test;

/**
 * Tables checked by their labels whatever their quantity (SYNTHETIC figures, written for these
 * tests): totals, balances, percent-change rows and columns, and trends over a span said of a
 * column.
 */
class LabelledTablesTest {

  private static final String WIRE = """
      Peru-Chile goods trade

      Table: Peru-Chile goods trade, Peru's perspective (US$ million)

      Year                   Exports    Imports    Balance      Total
      2021                     1,412      1,596       -184      3,008
      2022                     1,658      1,873       -215      3,531
      2023                     1,538      1,806       %s      3,344
      Change 2022-23 (%%)        -7.2       -3.6         ..       %s
      """;

  @Test
  void anUncaptionedFixedWidthTableIsReadAndItsTotalsAndBalancesHold() {
    assertThat(findings(audit(WIRE.formatted("-268", "-5.3"), "PER-CHL"), Checks.TABLE_ARITHMETIC)).isEmpty();
    assertThat(verified(audit(WIRE.formatted("-268", "-5.3"), "PER-CHL"), Checks.TABLE_ARITHMETIC))
        .extracting(Verified::message).contains("Table at line 5, 2023: Total 3,344 = 1,538 + 1,806",
            "Table at line 5, 2023: Balance -268 = 1,538 − 1,806",
            "Table at line 5, Change 2022-23 (%): Total -5.3 = the change from 3,531 (2022) to 3,344 (2023)");
  }

  @Test
  void aBalanceThatIsNotExportsMinusImportsIsAnError() {
    assertThat(findings(audit(WIRE.formatted("-286", "-5.3"), "PER-CHL"), Checks.TABLE_ARITHMETIC))
        .extracting(AuditFinding::line, AuditFinding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8,
            "Table at line 5, 2023: Balance is -286 but 1,538 − 1,806 = -268"));
  }

  @Test
  void aPercentChangeRowThatDoesNotMatchItsTwoYearsIsAnError() {
    assertThat(findings(audit(WIRE.formatted("-268", "-6.3"), "PER-CHL"), Checks.TABLE_ARITHMETIC))
        .extracting(AuditFinding::message).containsExactly("Table at line 5, Change 2022-23 (%): Total is -6.3 but"
            + " the change from 3,531 (2022) to 3,344 (2023) = -5.30%");
  }

  @Test
  void aTrendOverASpanSaidOfAColumnIsCheckedAtEveryStep() {
    String text = "Two-way trade has grown every year since 2021.\n\n" + WIRE.formatted("-268", "-5.3");

    assertThat(findings(audit(text, "PER-CHL"), Checks.TREND_CLAIM)).extracting(AuditFinding::message)
        .containsExactly("'rise' since 2021 at every step, but Table at line 7, Total shows a fall from 2022 to 2023");
  }

  @Test
  void aTrendThatHoldsIsVerifiedAndANegatedOneIsNotJudged() {
    String holds = "Imports have risen since 2021.\n\n" + WIRE.formatted("-268", "-5.3");
    String negated = "Imports have not risen every year since 2021.\n\n" + WIRE.formatted("-268", "-5.3");

    assertThat(findings(audit(holds, "PER-CHL"), Checks.TREND_CLAIM)).isEmpty();
    assertThat(verified(audit(holds, "PER-CHL"), Checks.TREND_CLAIM)).extracting(Verified::message)
        .containsExactly("'rise' since 2021 holds in Table at line 7, Imports");
    assertThat(findings(audit(negated, "PER-CHL"), Checks.TREND_CLAIM)).isEmpty();
  }

  @Test
  void aChangeOfAQuantityNoLexiconPhraseNamesIsCheckedOnItsOwnNumbers() {
    assertThat(findings(audit("Truck traffic jumped sharply, to 118,000 vehicles from 115,000 a year earlier.",
        "PER-CHL"), Checks.STRENGTH)).extracting(AuditFinding::message).containsExactly("'sharply' allows a change"
            + " of 15% or more, but from 115,000 (line 1) to 118,000 (line 1) is +2.61%");
    assertThat(findings(audit("Passenger trips rose 30 per cent in 2023, to 260,000 from 220,000.", "PER-CHL"),
        Checks.CHANGE_STATEMENT)).extracting(AuditFinding::message).containsExactly("stated 30 per cent but from"
            + " 220,000 (line 1) to 260,000 (line 1) is a change of +18.18%");
  }
}
