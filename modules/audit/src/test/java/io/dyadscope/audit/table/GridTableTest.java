package io.dyadscope.audit.table;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.claims;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.check.Checks;
import io.dyadscope.documents.HtmlText;
import io.dyadscope.documents.MarkdownText;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import org.junit.jupiter.api.Test;

/**
 * Markdown pipe tables and HTML tables are read as tables whatever their caption: by their header
 * row, with columns mapped to quantities only through the lexicon. The reports here are
 * synthetic, written for these tests.
 */
class GridTableTest {

  private static final String SOURCES = """
      # Relations between Pakistan and Afghanistan

      | Id | Source | Kind | Grade | Observations | Passed on |
      | --- | --- | --- | --- | ---: | ---: |
      | satp-2023 | South Asia Terrorism Portal (2023). Security incident data | dataset | C | 6 | 0 |
      | unhcr-2023 | UNHCR (2023). Afghan refugees registered in Pakistan | international organisation | A | 5 | 0 |

      Security incidents reported between Pakistan and Afghanistan stood at 310 in 2023.
      """;

  @Test
  void countsOfObservationsInAnUncaptionedSourcesTableAreNotQuantitiesOfTheDyad() {
    AuditReport r = audit(MarkdownText.toText(SOURCES));

    assertThat(r.claims()).extracting(Claim::line).containsExactly(8);
    assertThat(r.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING)).isEmpty();
    assertThat(r.coverage().notes()).contains(
        "Table at line 3: column 'Passed on' names no quantity of the lexicon; its numbers were not checked");
  }

  @Test
  void aYearLabelWithAStatusWordGivesTheRowItsPeriodAndStatus() {
    AuditReport r = audit(MarkdownText.toText("""
        ### Table 1: Bilateral trade between Pakistan and Afghanistan

        | Year | Exports (USD million) | Imports (USD million) | Total trade (USD million) | Sources |
        | --- | ---: | ---: | ---: | --- |
        | 2022 |  |  | 1,900 | sbp-2023 |
        | 2024 projection | 1,400 | 350 | 1,750 | jssa-2025 |
        """));

    assertThat(r.claims()).extracting(Claim::line, Claim::indicator, Claim::period, Claim::status, Claim::value)
        .containsExactly(
            tuple(5, "trade.total", Period.ofYear(2022), Status.REPORTED, 1900.0),
            tuple(6, "trade.exports", Period.ofYear(2024), Status.PROJECTION, 1400.0),
            tuple(6, "trade.imports", Period.ofYear(2024), Status.PROJECTION, 350.0),
            tuple(6, "trade.total", Period.ofYear(2024), Status.PROJECTION, 1750.0));
  }

  @Test
  void anHtmlTableIsReadLikeTheSameMarkdownTable() {
    String html = """
        <h3>Table 5: Public opinion on relations in Pakistan and Afghanistan</h3>
        <table><thead><tr><th>Indicator</th><th>Year</th><th>Pakistan</th><th>Afghanistan</th></tr></thead>
        <tbody><tr><td>Negative view of relations (%)</td><td>2023</td><td>60</td><td>70</td></tr>
        <tr><td>Neutral or no opinion (%)</td><td>2024 projection</td><td>15</td><td>15</td></tr></tbody></table>
        """;
    AuditReport r = audit(HtmlText.toText(html));

    assertThat(claims(r, "opinion.negative")).extracting(Claim::subject, Claim::value, Claim::status)
        .containsExactly(tuple("PAK", 60.0, Status.REPORTED), tuple("AFG", 70.0, Status.REPORTED));
    assertThat(claims(r, "opinion.neutral")).extracting(Claim::subject, Claim::period, Claim::status)
        .containsExactly(tuple("PAK", Period.ofYear(2024), Status.PROJECTION),
            tuple("AFG", Period.ofYear(2024), Status.PROJECTION));
    assertThat(findings(r, Checks.TEXT_DEFECT)).as("'15 | 15' is two cells, not a repeated phrase").isEmpty();
  }

  @Test
  void oneOffEstimatesThatATableDatesRowByRowAreSuccessiveEstimatesNotAContradiction() {
    AuditReport r = audit(MarkdownText.toText("""
        ### Table 4: Regional connectivity initiatives: investment

        | Initiative | Year | Investment (USD billion) | Sources |
        | --- | --- | ---: | --- |
        | CPEC | 2023 | 62 | wb-2023 |
        | CPEC | 2024 | 65 | jssa-2025 |
        """));

    assertThat(claims(r, "connectivity.investment")).extracting(Claim::subject, Claim::period)
        .containsExactly(tuple("CPEC", Period.ofYear(2023)), tuple("CPEC", Period.ofYear(2024)));
    assertThat(findings(r, Checks.CONTRADICTION)).isEmpty();
  }
}
