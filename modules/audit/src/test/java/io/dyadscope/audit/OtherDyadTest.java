package io.dyadscope.audit;

import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.AuditFinding;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.check.Checks;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing is specific to Pakistan-Afghanistan: a made-up India-Pakistan brief, audited as IND-PAK. */
class OtherDyadTest {

  private static AuditReport report;

  @BeforeAll
  static void audit() throws IOException {
    try (InputStream in = OtherDyadTest.class.getResourceAsStream("sample-report.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      report = Auditor.audit(AuditInput.of("sample-report.txt", text, Dyad.parse("IND-PAK")));
    }
  }

  @Test
  void findsEachMistakeOfTheBrief() {
    assertThat(report.findings()).extracting(AuditFinding::line, AuditFinding::check, AuditFinding::severity).containsExactly(
        tuple(12, Checks.CHANGE_STATEMENT, Severity.ERROR), tuple(12, Checks.SCOPE, Severity.WARNING),
        tuple(21, Checks.TABLE_ARITHMETIC, Severity.ERROR), tuple(21, Checks.TABLE_ARITHMETIC, Severity.ERROR),
        tuple(23, Checks.TREND_CLAIM, Severity.ERROR), tuple(34, Checks.SCOPE, Severity.WARNING));
  }

  @Test
  void theMessagesGiveTheNumbers() {
    assertThat(findings(report, Checks.CHANGE_STATEMENT).get(0).message()).isEqualTo(
        "'rose' (a rise) but from 300 in 2020 (line 12) to 250 in 2021 (line 12) is a fall, -16.67%");
    assertThat(findings(report, Checks.TABLE_ARITHMETIC)).extracting(AuditFinding::message).containsExactlyInAnyOrder(
        "Table 1 (2022): Total Trade is 700 but Exports 500 + Imports 150 = 650 (off by 50)",
        "Table 1 (2022): Trade Balance is +300 but Exports 500 - Imports 150 = 350 (off by -50)");
    assertThat(findings(report, Checks.TREND_CLAIM).get(0).message()).isEqualTo(
        "'expand' (a rise) said of trade.total for India-Pakistan to 2024, but its figures show a fall: from $0.56"
            + " billion in 2023 (line 10) to 500 in 2024 (line 28, Table 2), -10.71%");
    assertThat(findings(report, Checks.SCOPE)).extracting(AuditFinding::message).containsExactly(
        "Nepal and Bhutan are named as a pair, but neither is in the dyad India-Pakistan and the report does not"
            + " otherwise discuss them (Nepal: 1 sentence, Bhutan: 1 sentence); India and Pakistan meant?",
        "India and Bangladesh are named as a pair in a paragraph about India and Pakistan that names Bangladesh"
            + " nowhere else; India and Pakistan meant?");
  }

  @Test
  void whatHoldsIsVerified() {
    assertThat(verified(report, Checks.CHANGE_STATEMENT)).extracting(Verified::message).contains(
        "stated 20% matches from $0.7 billion in 2022 (line 9) to $0.56 billion in 2023 (line 10), -20.00%");
    assertThat(verified(report, Checks.TABLE_ARITHMETIC)).extracting(Verified::message).contains(
        "Table 1 (2021): Total Trade 600 = Exports 450 + Imports 150 (600)",
        "Table 2 (2024): Total Trade 500 = Exports 400 + Imports 100 (500)");
    assertThat(verified(report, Checks.CONTRADICTION)).extracting(Verified::message).contains(
        "trade.total (total bilateral trade) for India-Pakistan in 2021 stated 2 times, all agree: $0.6 billion"
            + " (line 9), 600 (line 20, Table 1)");
  }

  @Test
  void claimsAreAboutTheOtherDyad() {
    assertThat(report.dyad()).isEqualTo("IND-PAK");
    assertThat(report.claims()).filteredOn(c -> c.indicator().startsWith("trade."))
        .allSatisfy(c -> assertThat(c.subject()).isEqualTo("IND-PAK"));
    assertThat(report.claims()).filteredOn(c -> c.indicator().equals("opinion.negative"))
        .extracting(Claim::subject, Claim::value).containsExactly(tuple("IND", 62.0), tuple("PAK", 58.0));
  }
}
