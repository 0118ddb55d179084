package io.dyadscope.audit.extract;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.check.Checks;
import io.dyadscope.documents.MarkdownText;
import io.dyadscope.evidence.AuditFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quantities the prose keeps apart stay apart, and the two ends of one change are one quantity:
 * a list of counts, a table's own columns, a currency named at one end only.
 */
class QuantitiesApartTest {

  private static final String TABLE = """
      Table 1: Security incidents by type

      | Year | Attacks | Raids | Total incidents |
      | --- | ---: | ---: | ---: |
      | 2023 | 231 | 118 | 349 |
      | 2024 | 197 | 125 | 322 |
      """;

  @Test
  void aNumberWithItsOwnNounIsNotTheNextListItemsQuantity() {
    AuditReport r = audit("There were 197 raids and 322 incidents in 2024.");

    assertThat(r.claims()).extracting(Claim::indicator, Claim::value)
        .containsExactly(tuple("quantity:raid", 197.0), tuple("security.incidents.total", 322.0));
  }

  @Test
  void aBareNumberBeforeTheListItemStillReadsAsIt() {
    AuditReport r = audit("In 2024 there were 322 in all and incidents rose.");

    assertThat(r.claims()).extracting(Claim::indicator, Claim::value)
        .containsExactly(tuple("security.incidents.total", 322.0));
  }

  @Test
  void aPhraseTheReportsTableKeepsApartIsNotTheLexiconsQuantityInTheProse() {
    AuditReport r = audit(MarkdownText.toText("""
        # Relations between Pakistan and Afghanistan

        Attacks fell in 2024 to 197 from 231.

        """ + TABLE));

    assertThat(findings(r, Checks.CONTRADICTION)).isEmpty();
    assertThat(r.claims()).filteredOn(c -> !c.inTable())
        .noneMatch(c -> c.indicator().equals("security.incidents.total"));
  }

  @Test
  void withoutSuchATableThePhraseKeepsTheLexiconsQuantity() {
    AuditReport r = audit(MarkdownText.toText("""
        # Relations between Pakistan and Afghanistan

        Attacks fell in 2024 to 197 from 231.
        """));

    assertThat(r.claims()).extracting(Claim::indicator).containsOnly("security.incidents.total");
  }

  @Test
  void aScaledBareNumberBorrowsTheCurrencyOfTheChangesOtherEnd() {
    List<AuditFinding> f = findings(audit("Exports to Afghanistan fell 12 percent in 2024, to 101.2 billion rupees"
        + " from 103.2 billion."), Checks.CHANGE_STATEMENT);

    assertThat(f).extracting(AuditFinding::message).containsExactly("stated 12 percent but from 103.2 billion"
        + " (line 1) to 101.2 billion rupees (line 1) is a change of -1.94%");
  }

  @Test
  void anUnscaledBareNumberBorrowsNoCurrency() {
    assertThat(findings(audit("Exports to Afghanistan fell 12 percent in 2024, to 101.2 billion rupees"
        + " from 1,032."), Checks.CHANGE_STATEMENT)).isEmpty();
  }
}
