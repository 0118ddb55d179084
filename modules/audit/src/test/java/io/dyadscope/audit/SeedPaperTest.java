package io.dyadscope.audit;

import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.AuditFinding;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.check.Checks;
import io.dyadscope.documents.DocumentText;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import io.dyadscope.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of the seed paper (Pakistan-Afghanistan relations, 2025), pinned to what a careful
 * reading of the paper finds. Line numbers are the paper's own. Skipped when {@code shared/seed}
 * is not found above the working directory, failed where the run requires it ({@link SharedData}).
 */
class SeedPaperTest {

  private static AuditReport report;
  private static String text;

  @BeforeAll
  static void audit() throws IOException {
    Path paper = SharedData.seedPaper();
    text = DocumentText.read(paper);
    report = Auditor.audit(AuditInput.of("pakistan-afghanistan-relations-2025.txt", text, Dyad.parse("PAK-AFG")));
  }

  private static AuditFinding at(String check, int line) {
    List<AuditFinding> f = findings(report, check).stream().filter(x -> x.line() == line).toList();
    assertThat(f).as(check + " at line " + line).hasSize(1);
    return f.get(0);
  }

  private static List<String> verifiedMessages(String check) {
    return verified(report, check).stream().map(Verified::message).toList();
  }

  @Test
  void workspaceFiguresPassedOnByThisVeryPaperVerifyNothing() {
    Source paper = new Source("jssa-2025", "Study of Pakistan-Afghanistan relations after the Taliban's return"
        + " (2021-2024). Journal for Social Science Archives, Vol. 3, No. 1, 2025", "Journal for Social Science Archives",
        SourceKind.SCHOLARLY, Grade.C, 2025, "");
    Source bank = new Source("sbp-2023", "State Bank of Pakistan (2023). Bilateral trade statistics",
        "State Bank of Pakistan", SourceKind.OFFICIAL, Grade.B, 2023, "");
    Observation passedOn = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2019), 1700,
        "USD million", Status.REPORTED, "sbp-2023", "jssa-2025", "Introduction", "");

    AuditReport r = Auditor.audit(new AuditInput("pakistan-afghanistan-relations-2025.txt", text,
        Dyad.parse("PAK-AFG"), List.of(passedOn), Map.of("jssa-2025", paper, "sbp-2023", bank),
        AuditOptions.defaults()));

    assertThat(verified(r, Checks.DATA_AGREEMENT)).isEmpty();
    assertThat(r.coverage().notes()).contains("EXCLUDED 1 of 1 workspace figure from data checks: source 'jssa-2025'"
        + " is this report (its running head names the same journal, year and issue), and a report cannot verify"
        + " itself");
  }

  @Test
  void theRepeatedPhraseIsFound() {
    assertThat(at(Checks.TEXT_DEFECT, 19).message()).contains("'1.7 billion in 2019 to' twice in a row");
  }

  @Test
  void ocrGarbledNamesAreFound() {
    assertThat(at(Checks.TEXT_DEFECT, 27).message()).contains("'I1SIS'");
    assertThat(at(Checks.TEXT_DEFECT, 669).message()).contains("'1l1'");
    assertThat(at(Checks.TEXT_DEFECT, 472).message()).contains("Cr(ﬁ;—:j(rsder");
  }

  @Test
  void cpecInvestmentOf62InTheTextContradictsTable4s65() {
    AuditFinding f = at(Checks.CONTRADICTION, 51);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.lines()).containsExactly(51, 492, 599);
    assertThat(f.message()).startsWith("connectivity.investment").contains("for CPEC")
        .endsWith("62 billion dollars (line 51), 62 billion (line 599) vs 65 (line 492, Table 4)");
  }

  @Test
  void cpecTradeIncreaseOf62InTheTextContradictsTable4s12() {
    AuditFinding f = at(Checks.CONTRADICTION, 52);
    assertThat(f.lines()).containsExactly(52, 492, 600);
    assertThat(f.message()).startsWith("connectivity.trade_increase").contains("for CPEC")
        .endsWith("12 (line 492, Table 4) vs 62 billion dollars (line 52), 62 billion (line 600)");
  }

  @Test
  void apttasTwoBillionInTheTextContradictsTable4sThree() {
    AuditFinding f = at(Checks.CONTRADICTION, 53);
    assertThat(f.lines()).containsExactly(53, 495, 601);
    assertThat(f.message()).contains("for APTTA")
        .endsWith("$2 billion (line 53), 2 billion dollars (line 601) vs 3 (line 495, Table 4)");
  }

  @Test
  void countriesOutsideTheDyadAreFound() {
    assertThat(at(Checks.SCOPE, 531).message()).startsWith("Belarus and Ukraine are named as a pair");
    assertThat(at(Checks.SCOPE, 590).message()).startsWith("Pakistan and India are named as a pair")
        .endsWith("Pakistan and Afghanistan meant?");
  }

  @Test
  void tradeSaidToExpandAndGrowWhileTable1FallsBelow2022() {
    for (int line : new int[] {178, 443}) {
      AuditFinding f = at(Checks.TREND_CLAIM, line);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("trade.total").contains("its figures show a fall: from $1.9 billion in 2022"
          + " (line 20) to 1,750 in 2024 (line 437, Table 1), -7.89%");
    }
  }

  @Test
  void incidentsSaidToHaveGrownSince2021WhileTheyFellFrom370To310() {
    AuditFinding f = at(Checks.TREND_CLAIM, 476);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("'grown' (a rise) said of security.incidents.total for Pakistan-Afghanistan"
        + " since 2021, but its figures show a fall: from 370 in 2021 (line 30) to 310 in 2023 (line 32), -16.22%");
  }

  @Test
  void provincialSharesOf95PercentAreAPartialListWarning() {
    AuditFinding f = at(Checks.TABLE_ARITHMETIC, 457);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("KP: 60% + Punjab: 20% + Balochistan: 15% = 95%, not 100%")
        .contains("the list is partial");
  }

  @Test
  void theTablesArithmeticThatHoldsIsVerified() {
    assertThat(verifiedMessages(Checks.TABLE_ARITHMETIC)).contains(
        "Table 1 (2024): Total Trade Volume 1,750 = Exports from Pakistan to Afghanistan 1,400 + Imports to Pakistan"
            + " from Afghanistan 350 (1,750)",
        "Table 1 (2024): Trade Balance (Pakistan) +1,050 = Exports from Pakistan to Afghanistan 1,400 - Imports to"
            + " Pakistan from Afghanistan 350 (1,050)",
        "Table 5 (Pakistan, 2024): Positive view of bilateral relations 30 + Negative view of bilateral relations 55"
            + " + Neutral/no opinion 15 = 100%",
        "Table 5 (Afghanistan, 2024): Positive view of bilateral relations 20 + Negative view of bilateral relations"
            + " 65 + Neutral/no opinion 15 = 100%",
        "Table 2 (2024): Percentage Change -1.4% matches 1,400,000 (line 457, Table 2) against 1.42 million in 2023"
            + " (line 37): -1.41%");
    assertThat(verifiedMessages(Checks.TABLE_ARITHMETIC)).anySatisfy(m -> assertThat(m)
        .startsWith("Table 3 (2024): Total Incidents 290 = Cr(ﬁ;—:j(rsder")
        .endsWith("140 + Militant Activities 80 + Counterterrorism Operations 70 (290)"));
  }

  @Test
  void figuresForOtherPeriodsOrStatusesOrThatRoundAlikeAreNotContradictions() {
    assertThat(findings(report, Checks.CONTRADICTION)).extracting(AuditFinding::line).containsExactly(51, 52, 53);
    assertThat(verifiedMessages(Checks.CONTRADICTION)).contains(
        "refugees.registered (registered refugees from the second country hosted by the first) for Pakistan in 2023"
            + " stated 4 times, all agree: 1.42 million (line 37), 1.4 million (line 186), 1.4 million (line 237),"
            + " 1.4 million (line 369)",
        "opinion.negative (respondents with a negative view of bilateral relations) for Pakistan in 2023 stated 2"
            + " times, all agree: 60% (line 67), 60% (line 632)");
  }

  @Test
  void changeStatementsOfTheTextHold() {
    assertThat(findings(report, Checks.CHANGE_STATEMENT)).isEmpty();
    assertThat(verified(report, Checks.CHANGE_STATEMENT)).extracting(Verified::line)
        .containsExactly(18, 20, 30, 32, 559, 562, 605);
  }

  @Test
  void everyFindingIsOneOfThoseAbove() {
    assertThat(report.findings()).extracting(AuditFinding::line, AuditFinding::check, AuditFinding::severity).containsExactly(
        tuple(19, Checks.TEXT_DEFECT, Severity.WARNING), tuple(27, Checks.TEXT_DEFECT, Severity.WARNING),
        tuple(51, Checks.CONTRADICTION, Severity.ERROR), tuple(52, Checks.CONTRADICTION, Severity.ERROR),
        tuple(53, Checks.CONTRADICTION, Severity.ERROR), tuple(178, Checks.TREND_CLAIM, Severity.ERROR),
        tuple(443, Checks.TREND_CLAIM, Severity.ERROR), tuple(457, Checks.TABLE_ARITHMETIC, Severity.WARNING),
        tuple(472, Checks.TEXT_DEFECT, Severity.WARNING),
        tuple(476, Checks.TREND_CLAIM, Severity.ERROR), tuple(531, Checks.SCOPE, Severity.WARNING),
        tuple(590, Checks.SCOPE, Severity.WARNING), tuple(590, Checks.TEXT_DEFECT, Severity.WARNING),
        tuple(669, Checks.TEXT_DEFECT, Severity.WARNING));
  }

  @Test
  void aPhraseRepeatedWithoutNumbersIsADefectToo() {
    assertThat(findings(report, Checks.TEXT_DEFECT)).filteredOn(f -> f.line() == 590).extracting(AuditFinding::message)
        .containsExactly("phrase repeated back to back: 'between states and' twice in a row; one copy is probably"
            + " left over from an edit");
  }

  @Test
  void theClaimsForStorageIncludeTheTablesAndTheText() {
    assertThat(report.claims()).filteredOn(c -> c.line() == 437).extracting(Claim::indicator, Claim::value)
        .containsExactly(tuple("trade.exports", 1400.0), tuple("trade.imports", 350.0), tuple("trade.total", 1750.0),
            tuple("trade.balance", 1050.0));
    assertThat(report.coverage().numbersTied()).isLessThanOrEqualTo(report.coverage().numbersFound());
    assertThat(report.coverage().numbersChecked()).isPositive();
  }
}
