package io.dyadscope.audit.table;

import static io.dyadscope.audit.Audits.audit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.check.Checks;
import io.dyadscope.documents.MarkdownText;
import org.junit.jupiter.api.Test;

/**
 * Two number columns of one table are two quantities: a row's parts and its total, or the same
 * quantity for two countries, are never compared as one figure. Synthetic reports.
 */
class DistinctColumnsTest {

  @Test
  void aPartColumnAndItsTotalColumnNamingOneIndicatorAreNotAContradiction() {
    AuditReport r = audit(MarkdownText.toText("""
        # Relations between Pakistan and Afghanistan

        Table 1: Security incidents by type

        | Year | Attacks | Raids | Total incidents |
        | --- | ---: | ---: | ---: |
        | 2022 | 248 | 104 | 352 |
        | 2023 | 231 | 118 | 349 |
        """));

    assertThat(r.findings()).noneMatch(f -> f.check().equals(Checks.CONTRADICTION));
    // "Attacks" is set apart and not read; "Raids", named by no lexicon phrase, is its own quantity.
    assertThat(r.claims()).filteredOn(Claim::inTable).extracting(Claim::line, Claim::indicator, Claim::value)
        .containsExactly(tuple(7, "quantity:raid", 104.0), tuple(7, "security.incidents.total", 352.0),
            tuple(8, "quantity:raid", 118.0), tuple(8, "security.incidents.total", 349.0));
    assertThat(r.coverage().notes()).contains("Table 1: column 'Attacks' read as its own quantity, not"
        + " security.incidents.total (column 'Total incidents' is its total); its numbers were not checked against"
        + " other figures");
  }

  @Test
  void oneIndicatorColumnPerTableKeepsItsIndicator() {
    AuditReport r = audit(MarkdownText.toText("""
        # Relations between Pakistan and Afghanistan

        Table 1: Security incidents by type

        | Year | Raids | Total incidents |
        | --- | ---: | ---: |
        | 2022 | 104 | 352 |
        """));

    assertThat(r.claims()).filteredOn(Claim::inTable).extracting(Claim::indicator, Claim::value)
        .containsExactly(tuple("quantity:raid", 104.0), tuple("security.incidents.total", 352.0));
    assertThat(r.coverage().notes()).noneMatch(n -> n.contains("read as its own quantity"));
  }

  @Test
  void refugeeColumnsOfTwoHostsAreEachTheirHosts() {
    AuditReport r = audit(MarkdownText.toText("""
        # Relations between Pakistan and Afghanistan

        Table 2: Refugees at the end of each year

        | Year | Afghan refugees in Pakistan | Pakistani refugees in Afghanistan |
        | --- | ---: | ---: |
        | 2023 | 1,300,000 | 40,000 |
        """));

    assertThat(r.findings()).noneMatch(f -> f.check().equals(Checks.CONTRADICTION));
    assertThat(r.claims()).filteredOn(Claim::inTable).extracting(Claim::subject, Claim::value)
        .containsExactlyInAnyOrder(tuple("PAK", 1_300_000.0), tuple("AFG", 40_000.0));
  }
}
