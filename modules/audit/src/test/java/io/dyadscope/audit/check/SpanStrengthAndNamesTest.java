package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Span trends, strength words, multilateral names, garbled words and self-reference (synthetic texts). */
class SpanStrengthAndNamesTest {

  @Test
  void aDeclineOverRecentYearsIsHeldAgainstTheSpansFigures() {
    AuditReport r = audit("In 2020 bilateral trade was $1.0 billion. In 2023 bilateral trade was $1.3 billion.\n"
        + "Bilateral trade has declined in recent years.\n", "BGD-MMR");

    List<AuditFinding> f = findings(r, Checks.TREND_CLAIM);
    assertThat(f).extracting(AuditFinding::line, AuditFinding::severity).containsExactly(
        org.assertj.core.api.Assertions.tuple(2, Severity.ERROR));
    assertThat(f.get(0).message()).isEqualTo("'declined' (a fall) said of trade.total for Bangladesh-Myanmar (Burma)"
        + " over 3 years, but its figures show a rise: from $1.0 billion in 2020 (line 1) to $1.3 billion in 2023"
        + " (line 1), +30.00%");
  }

  @Test
  void aStrongWordForASmallChangeIsAWarningAndForALargeOneHolds() {
    AuditReport small = audit("Bilateral trade rose sharply from $1.00 billion in 2022 to $1.02 billion in 2023.\n",
        "BGD-MMR");
    AuditReport large = audit("Bilateral trade rose sharply from $1.0 billion in 2022 to $1.4 billion in 2023.\n",
        "BGD-MMR");

    assertThat(findings(small, Checks.STRENGTH)).extracting(AuditFinding::severity, AuditFinding::message).containsExactly(
        org.assertj.core.api.Assertions.tuple(Severity.WARNING, "'sharply' allows a change of 15% or more, but from"
            + " $1.00 billion in 2022 (line 1) to $1.02 billion in 2023 (line 1) is +2.00%"));
    assertThat(findings(large, Checks.STRENGTH)).isEmpty();
    assertThat(verified(large, Checks.STRENGTH)).hasSize(1);
  }

  @Test
  void aHyphenatedListOfCountriesNamingACorridorIsNoPair() {
    AuditReport r = audit("Bangladesh and Myanmar joined the Bangladesh-China-India-Myanmar corridor talks.\n"
        + "Myanmar and Bangladesh also discussed the Bangladesh-China corridor.\n", "BGD-MMR");

    assertThat(findings(r, Checks.SCOPE)).isEmpty();
  }

  @Test
  void aMisspeltNameOneSlipFromACountryIsGarbled() {
    AuditReport r = audit("Bangladesh and Myanmar met.\nThe Myanrnar delegation left early.\n", "BGD-MMR");

    assertThat(findings(r, Checks.TEXT_DEFECT)).extracting(AuditFinding::line, AuditFinding::message).containsExactly(
        org.assertj.core.api.Assertions.tuple(2, "garbled word 'Myanrnar': probably 'Myanmar' (rn read for m)"));
  }

  @Test
  void workspaceFiguresFromTheAuditedReportItselfVerifyNothing() {
    Source self = new Source("brief-2024", "Bangladesh-Myanmar Trade Brief. Dhaka, 2024", "A think tank",
        SourceKind.THINK_TANK, Grade.C, 2024, "");
    Observation fromItself = new Observation("trade.total", "BGD-MMR", "BGD-MMR", Period.ofYear(2023), 1300,
        "USD million", Status.REPORTED, "brief-2024", "", "", "");

    AuditReport r = audit("Bangladesh-Myanmar Trade Brief\nA think tank, Dhaka\n\nIn 2023 bilateral trade was $1.3"
        + " billion.\n", "BGD-MMR", List.of(fromItself), Map.of("brief-2024", self), AuditOptions.defaults());

    assertThat(verified(r, Checks.DATA_AGREEMENT)).isEmpty();
    assertThat(r.coverage().notes()).containsExactly("EXCLUDED 1 of 1 workspace figure from data checks: source"
        + " 'brief-2024' is this report (same title and author), and a report cannot verify itself");
  }
}
