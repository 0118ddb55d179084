package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.AuditFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quantity named by its unit, spelled out or abbreviated, and a year named with its kind. */
class UnitNamedQuantityTest {

  @Test
  void anAbbreviatedUnitIsTheSameQuantityAsTheSpelledOutOne() {
    List<AuditFinding> f = findings(audit("""
        Pakistan exported 1,946 gigawatt-hours in 2023.

        Officials said the 1,496 GWh sold in 2023 was limited by the lines.
        """), Checks.CONTRADICTION);

    assertThat(f).extracting(AuditFinding::message).containsExactly("'gwh' (a quantity read from the text) for"
        + " Pakistan-Afghanistan in 2023 is given different values: 1,496 (line 3) vs 1,946 (line 1)");
  }

  @Test
  void aShortWordWhoseLettersDoNotStartTheOthersWordsIsAnotherQuantity() {
    assertThat(findings(audit("""
        Pakistan exported 1,946 gigawatt-hours in 2023.

        Officials said the 1,496 MW sold in 2023 was limited by the lines.
        """), Checks.CONTRADICTION)).isEmpty();
  }

  @Test
  void theWordsNamingAYearsKindDoNotPutItOutOfTheNumbersReach() {
    AuditReport r = audit("Pakistan sold a record 1,946 gigawatt-hours of electricity to Afghanistan in fiscal year"
        + " 2023, as new plants came online.");

    assertThat(r.claims()).extracting(Claim::indicator, Claim::value, c -> c.period().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity:gigawatt hour", 1946.0, "2023"));
  }

  @Test
  void otherWordsBeforeAYearStillCountInTheReach() {
    AuditReport r = audit("Pakistan sold a record 1,946 gigawatt-hours of electricity to Afghanistan in the dry"
        + " season 2023, as new plants came online.");

    assertThat(r.claims()).isEmpty();
  }
}
