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

class DataAgreementCheckTest {

  private static final Source WB = new Source("wb-2023", "World Bank, 2023", "World Bank",
      SourceKind.INTERNATIONAL_ORGANISATION, Grade.A, 2023, "");
  private static final Map<String, Source> SOURCES = Map.of("wb-2023", WB);

  private static Observation trade(String dyad, int year, double value, Status status) {
    return new Observation("trade.total", dyad, dyad, Period.ofYear(year), value, "USD million", status, "wb-2023", "",
        "", "");
  }

  private static AuditReport check(String text, List<Observation> obs, AuditOptions options) {
    return audit(text, "PAK-AFG", obs, SOURCES, options);
  }

  @Test
  void aFigureThatMatchesTheWorkspaceIsVerifiedNamingTheSource() {
    AuditReport r = check("In 2022 trade rose to $1.9 billion.", List.of(trade("PAK-AFG", 2022, 1880, Status.REPORTED)),
        AuditOptions.defaults());

    assertThat(findings(r, Checks.DATA_AGREEMENT)).isEmpty();
    assertThat(verified(r, Checks.DATA_AGREEMENT)).extracting(Verified::message).containsExactly(
        "trade.total (total bilateral trade) for Pakistan-Afghanistan in 2022: $1.9 billion agrees with"
            + " 1,880 USD million in World Bank 2023 [wb-2023]");
  }

  @Test
  void aFigureOutsideItsRoundingIntervalIsAnErrorNamingTheSource() {
    List<AuditFinding> f = findings(check("In 2022 trade rose to $1.9 billion.",
        List.of(trade("PAK-AFG", 2022, 2100, Status.REPORTED)), AuditOptions.defaults()), Checks.DATA_AGREEMENT);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).message()).isEqualTo("trade.total (total bilateral trade) for Pakistan-Afghanistan in 2022:"
        + " the report's $1.9 billion (line 1) disagrees with 2,100 USD million in World Bank 2023 [wb-2023]");
  }

  @Test
  void theToleranceIsConfigurable() {
    List<Observation> obs = List.of(trade("PAK-AFG", 2022, 1980, Status.REPORTED));
    String text = "In 2022 trade rose to $1.9 billion.";

    assertThat(findings(check(text, obs, AuditOptions.defaults()), Checks.DATA_AGREEMENT)).hasSize(1);
    assertThat(findings(check(text, obs, AuditOptions.defaults().withTolerance(0.03)), Checks.DATA_AGREEMENT))
        .isEmpty();
  }

  @Test
  void aReportedFigureIsNotHeldAgainstAProjectionNorAnotherYearOrDyad() {
    List<Observation> obs = List.of(trade("PAK-AFG", 2022, 2500, Status.PROJECTION),
        trade("PAK-AFG", 2021, 2500, Status.REPORTED), trade("IND-PAK", 2022, 2500, Status.REPORTED));
    AuditReport r = check("In 2022 trade rose to $1.9 billion.", obs, AuditOptions.defaults());

    assertThat(findings(r, Checks.DATA_AGREEMENT)).isEmpty();
    assertThat(verified(r, Checks.DATA_AGREEMENT)).isEmpty();
  }

  @Test
  void oneOffEstimatesAreComparedWhateverTheirPeriod() {
    Observation cpec = new Observation("connectivity.investment", "PAK-AFG", "CPEC", Period.ofYear(2024), 65,
        "USD billion", Status.PROJECTION, "wb-2023", "", "", "");
    List<AuditFinding> f = findings(check("""
        The China-Pakistan Economic Corridor (CPEC) matters.
        CPEC projects totaling 62 billion dollars were announced (World Bank, 2023).
        """, List.of(cpec), AuditOptions.defaults()), Checks.DATA_AGREEMENT);

    assertThat(f).extracting(AuditFinding::message).containsExactly("connectivity.investment (estimated investment in a"
        + " connectivity initiative) for CPEC: the report's 62 billion dollars (line 2) disagrees with 65 USD billion"
        + " in World Bank 2023 [wb-2023] (2024)");
  }

  @Test
  void aStoredValueIsReadWithThePrecisionItWasWrittenWith() {
    // 1,400 (USD million) stored from "1.4 billion" stands for 1,350 to 1,450: it agrees with 1.42.
    AuditReport r = check("In 2022 trade stood at $1.42 billion.", List.of(trade("PAK-AFG", 2022, 1400, Status.REPORTED)),
        AuditOptions.defaults());

    assertThat(findings(r, Checks.DATA_AGREEMENT)).isEmpty();
    assertThat(verified(r, Checks.DATA_AGREEMENT)).hasSize(1);
  }

  @Test
  void whenTheWorkspaceItselfDisagreesAClaimThatSidesWithOneValueIsANoteNotAnError() {
    List<Observation> obs = List.of(trade("PAK-AFG", 2022, 1900, Status.REPORTED),
        new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2022), 2400, "USD million",
            Status.REPORTED, "wb-2023", "", "Table 9", ""));
    List<AuditFinding> f = findings(check("In 2022 trade rose to $1.9 billion.", obs, AuditOptions.defaults()),
        Checks.DATA_AGREEMENT);

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.INFO);
      assertThat(x.message()).isEqualTo("trade.total (total bilateral trade) for Pakistan-Afghanistan in 2022:"
          + " the report's $1.9 billion (line 1) agrees with 1,900 USD million in World Bank 2023 [wb-2023]"
          + " but the workspace also holds 2,400 USD million in World Bank 2023 [wb-2023]");
    });
  }
}
