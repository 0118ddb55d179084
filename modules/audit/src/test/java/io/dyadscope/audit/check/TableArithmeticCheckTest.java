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

class TableArithmeticCheckTest {

  private static final String TRADE = """
      Table 1: Bilateral Trade between Pakistan and Afghanistan (Values in USD Millions)

      Year Exports Imports Total Trade Trade Balance
      2022 1,400 350 1,750 +1,050
      2023 1,200 300 1,600 +900

      The figures above come from the customs services of both countries and cover goods only.
      """;

  private static List<String> messages(List<Verified> v) {
    return v.stream().map(Verified::message).toList();
  }

  @Test
  void aTotalThatIsTheSumOfItsPartsIsVerified() {
    AuditReport r = audit(TRADE);

    assertThat(messages(verified(r, Checks.TABLE_ARITHMETIC))).contains(
        "Table 1 (2022): Total Trade 1,750 = Exports 1,400 + Imports 350 (1,750)",
        "Table 1 (2022): Trade Balance +1,050 = Exports 1,400 - Imports 350 (1,050)",
        "Table 1 (2023): Trade Balance +900 = Exports 1,200 - Imports 300 (900)");
  }

  @Test
  void aTotalThatIsNotTheSumOfItsPartsIsAnError() {
    List<AuditFinding> f = findings(audit(TRADE), Checks.TABLE_ARITHMETIC);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).line()).isEqualTo(5);
    assertThat(f.get(0).message())
        .isEqualTo("Table 1 (2023): Total Trade is 1,600 but Exports 1,200 + Imports 300 = 1,500 (off by 100)");
  }

  @Test
  void sumsAreCheckedWithinThePrecisionTheNumbersAreWrittenTo() {
    // 1.4 + 0.35 = 1.75, which may be written 1.8 when the parts themselves were rounded.
    AuditReport r = audit("""
        Table 2: Bilateral Trade between Pakistan and Afghanistan (USD Billion)

        Year Exports Imports Total Trade
        2022 1.4 0.35 1.8
        """);

    assertThat(findings(r, Checks.TABLE_ARITHMETIC)).isEmpty();
    assertThat(messages(verified(r, Checks.TABLE_ARITHMETIC)))
        .containsExactly("Table 2 (2022): Total Trade 1.8 = Exports 1.4 + Imports 0.35 (1.75)");
  }

  @Test
  void sharesOfAPartialListBelow100AreAWarning() {
    List<AuditFinding> f = findings(audit("""
        Table 3: Afghan Refugees in Pakistan (2024)

        Year Registered Refugees Major Host Provinces
        2024 1,400,000 KP: 60%, Punjab: 20%, Balochistan: 15%
        """), Checks.TABLE_ARITHMETIC);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message()).startsWith("Table 3 (2024), Major Host Provinces: KP: 60% + Punjab: 20%"
        + " + Balochistan: 15% = 95%, not 100%; the header says the list is partial");
  }

  @Test
  void sharesThatMakeUp100AreVerified() {
    AuditReport r = audit("""
        Table 3: Afghan Refugees in Pakistan (2024)

        Year Host Provinces
        2024 KP: 60%, Punjab: 25%, Balochistan: 15%
        """);

    assertThat(findings(r, Checks.TABLE_ARITHMETIC)).isEmpty();
    assertThat(messages(verified(r, Checks.TABLE_ARITHMETIC)))
        .containsExactly("Table 3 (2024), Host Provinces: KP: 60% + Punjab: 25% + Balochistan: 15% = 100%");
  }

  @Test
  void sharesOfACompleteListThatMissTheWholeAreAnError() {
    List<AuditFinding> f = findings(audit("""
        Table 3: Afghan Refugees in Pakistan (2024)

        Year Host Provinces
        2024 KP: 60%, Punjab: 30%, Balochistan: 15%
        """), Checks.TABLE_ARITHMETIC);

    assertThat(f).extracting(AuditFinding::severity).containsExactly(Severity.ERROR);
    assertThat(f.get(0).message()).contains("= 105%, not 100%; shares of one whole cannot exceed 100%");
  }

  @Test
  void answersToOneSurveyQuestionMakeUp100() {
    AuditReport r = audit("""
        Table 5: Public Opinion on Bilateral Relations (2024 Survey) (Percentage of Respondents)

        Perception Pakistan (%) Afghanistan (%)
        Positive view of bilateral relations 30 20
        Negative view of bilateral relations 55 70
        Neutral/no opinion 15 15
        """);

    assertThat(messages(verified(r, Checks.TABLE_ARITHMETIC))).containsExactly(
        "Table 5 (Pakistan, 2024): Positive view of bilateral relations 30 + Negative view of bilateral relations 55"
            + " + Neutral/no opinion 15 = 100%");
    assertThat(findings(r, Checks.TABLE_ARITHMETIC)).extracting(AuditFinding::message).containsExactly(
        "Table 5 (Afghanistan, 2024): Positive view of bilateral relations 20 + Negative view of bilateral relations"
            + " 70 + Neutral/no opinion 15 = 105%, not 100%; shares of one whole cannot exceed 100%");
  }

  @Test
  void aStatedPercentageChangeIsCheckedAgainstTheValuesItCompares() {
    String table = """
        Pakistan hosted 1.42 million registered refugees in 2023.

        Table 2: Projected Afghan Refugees in Pakistan (2024) (Number of Registered Refugees)

        Year Registered Refugees Percentage Change
        2024 1,400,000 %s
        """;

    assertThat(messages(verified(audit(table.formatted("-1.4%")), Checks.TABLE_ARITHMETIC))).containsExactly(
        "Table 2 (2024): Percentage Change -1.4% matches 1,400,000 (line 6, Table 2) against 1.42 million in 2023"
            + " (line 1): -1.41%");
    assertThat(findings(audit(table.formatted("-3.5%")), Checks.TABLE_ARITHMETIC)).extracting(AuditFinding::message)
        .containsExactly("Table 2 (2024): Percentage Change -3.5% does not match 1,400,000 (line 6, Table 2) against"
            + " 1.42 million in 2023 (line 1), a change of -1.41%");
  }

  @Test
  void aColumnHeadedTotalIsTheSumOfTheOthersEvenWithoutARule() {
    List<AuditFinding> f = findings(audit("""
        Table 7: Visitors Crossing the Border (Number of Persons)

        Year North South Total
        2024 10 20 31
        """), Checks.TABLE_ARITHMETIC);

    assertThat(f).extracting(AuditFinding::message).containsExactly("Table 7, 2024: Total is 31 but 10 + 20 = 30");
  }

  @Test
  void aHeaderOfLowerCaseLabelsIsNotMistakenForProse() {
    AuditReport r = audit("""
        Table 3: Security incidents along the border (2024) (Number of reported incidents)

        Year Cross-border attacks Militant activities Counterterrorism operations Total incidents
        2024 140 80 70 300

        The numbers above come from the monitoring of incidents over several years by analysts.
        """);

    assertThat(findings(r, Checks.TABLE_ARITHMETIC)).extracting(AuditFinding::message).containsExactly(
        "Table 3 (2024): Total incidents is 300 but Cross-border attacks 140 + Militant activities 80"
            + " + Counterterrorism operations 70 = 290 (off by 10)");
  }
}
