package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.claims;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Claim;
import io.dyadscope.documents.MarkdownText;
import org.junit.jupiter.api.Test;

/** Links, file names, counts and list items of a structured report read as what they are (synthetic texts). */
class StructuredTextTest {

  @Test
  void markdownLinkSyntaxAndFileNamesAreNotGarbledWords() {
    assertThat(TextDefectCheck.problem("CSV)](dossier-figures/figure-1-trade.csv")).isNull();
    assertThat(TextDefectCheck.problem("figure-1-trade.csv")).isNull();
    assertThat(findings(audit(MarkdownText.toText("""
        [Data of Figure 1 (CSV)](dossier-figures/figure-1-trade.csv)

        ![Trade](dossier-figures/figure-1-trade.svg)
        """)), Checks.TEXT_DEFECT)).isEmpty();
  }

  @Test
  void aNumberComparedWithACountOfPointsIsACountToo() {
    AuditReport r = audit("Security incidents reported between Pakistan and Afghanistan were 310 in 2023;"
        + " a forecast made from 3 points, fewer than the 5 a backtest needs, is too uncertain to judge.\n");

    assertThat(claims(r, "security.incidents.total")).extracting(Claim::value).containsExactly(310.0);
  }

  @Test
  void eachListItemIsASentenceOfItsOwn() {
    AuditReport r = audit("""
        Registered refugees from Afghanistan hosted by Pakistan (number)

        - o-1 2023: 1,400,000, reported, unhcr-2023 (Results (refugees))
        - o-2 2023: 1,420,000, reported, unhcr-2023 (Introduction)
        """);

    assertThat(r.claims()).extracting(Claim::line).doesNotContain(4);
  }
}
