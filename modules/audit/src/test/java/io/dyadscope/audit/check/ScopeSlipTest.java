package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.AuditFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dyad country paired with an outside one where the dyad was meant, when the outside country is
 * otherwise only enumerated among a body's members, or when the pair is named with "between"
 * beside the other dyad country. Synthetic reports.
 */
class ScopeSlipTest {

  private static List<AuditFinding> scope(String text, String dyad) {
    return findings(audit(text, dyad), Checks.SCOPE);
  }

  @Test
  void aPartnerOnlyEnumeratedElsewhereInTheParagraphIsStillASlip() {
    List<AuditFinding> f = scope("""
        Cambodia and Vietnam meet often. Both are members of the Mekong River Commission, whose members are
        Cambodia, Laos, Thailand and Vietnam. Joint border demarcation between Vietnam and Thailand has fixed most
        of the land boundary.
        """, "VNM-KHM");

    assertThat(f).extracting(AuditFinding::line).containsExactly(2);
    assertThat(f.get(0).message()).startsWith("Vietnam and Thailand are named as a pair");
  }

  @Test
  void aPartnerDiscussedElsewhereInTheParagraphIsNotASlip() {
    List<AuditFinding> f = scope("""
        Cambodia and Vietnam meet often. Thailand is building a port on the gulf. Joint border demarcation
        between Vietnam and Thailand has fixed most of the maritime boundary.
        """, "VNM-KHM");

    assertThat(f).isEmpty();
  }

  @Test
  void aPairNamedWithBetweenBesideTheOtherDyadCountryIsASlip() {
    List<AuditFinding> f = scope("""
        Nepal and India signed a power deal.

        The first cross-border petroleum pipeline between India and Bhutan has cut the cost of moving diesel into
        Nepal since 2019.

        Nepal and India are parties to the Bangladesh-Bhutan-India-Nepal (BBIN) agreement.
        """, "NPL-IND");

    assertThat(f).extracting(AuditFinding::line).containsExactly(3);
  }

  @Test
  void aPairNamedWithoutBetweenBesideTheOtherDyadCountryIsNotASlip() {
    List<AuditFinding> f = scope("""
        Nepal and India signed a power deal.

        India and Bhutan have a pipeline too, and Nepal wants one.

        Nepal and India are parties to the Bangladesh-Bhutan-India-Nepal (BBIN) agreement.
        """, "NPL-IND");

    assertThat(f).isEmpty();
  }
}
