package io.dyadscope.audit.table;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.check.Checks;
import io.dyadscope.audit.extract.AmountReader;
import io.dyadscope.documents.MarkdownText;
import io.dyadscope.evidence.AuditFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table whose caption names a currency other than the dollar holds sums of that currency. */
class CaptionCurrencyTest {

  private static List<AuditFinding> contradictions(String prose) {
    return findings(audit(MarkdownText.toText("""
        # Relations between Pakistan and Afghanistan

        """ + prose + """


        **Table 1. Goods trade with Afghanistan, 2022–2023 (EUR million)**

        | Year | Exports | Imports | Total trade |
        |------|--------:|--------:|------------:|
        | 2022 | 64 | 58 | 122 |
        | 2023 | 48 | 41 | 89 |
        """)), Checks.CONTRADICTION);
  }

  @Test
  void aSumInTheCaptionsCurrencyThatDiffersFromTheTableIsAContradiction() {
    assertThat(contradictions("By 2023 total trade was worth just €98m.")).extracting(AuditFinding::message)
        .containsExactly("'trade' (a quantity read from the text) for Pakistan-Afghanistan in 2023 is given different"
            + " values: 89 (line 10, Table 1) vs €98m (line 3)");
  }

  @Test
  void theSameSumInTheCaptionsCurrencyIsNoContradiction() {
    assertThat(contradictions("By 2023 total trade was worth just €89m.")).isEmpty();
  }

  @Test
  void aCurrencyIsACodeInCapitalsASignOrANameInLowerCase() {
    assertThat(AmountReader.currencyOf("Total trade (EUR million)")).isEqualTo("EUR");
    assertThat(AmountReader.currencyOf("Trade, € million")).isEqualTo("EUR");
    assertThat(AmountReader.currencyOf("Exports (million rupees)")).isEqualTo("PKR");
    assertThat(AmountReader.currencyOf("Afghani refugees registered")).isEmpty();
  }
}
