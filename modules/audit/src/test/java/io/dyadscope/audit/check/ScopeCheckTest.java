package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeCheckTest {

  /** A report that discusses China, India and the United States as outside actors. */
  private static final String ACTORS = """
      Regional Powers

      China invests in roads across the region. India watches these projects closely. The United States
      left the region in 2021. China and India compete for influence. The United States still funds aid.
      China together with India and the United States and Russia operate in the Afghan sphere.

      """;

  private static List<AuditFinding> scope(String text) {
    return findings(audit(text), Checks.SCOPE);
  }

  @Test
  void aPairOfCountriesTheReportDoesNotDiscussIsFlagged() {
    List<AuditFinding> f = scope(ACTORS + """
        Survey respondents in Pakistan and Afghanistan were asked about their ties. Both Belarus and
        Ukraine hold unfavorable views toward their bilateral connection.
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).line()).isEqualTo(7);
    assertThat(f.get(0).message()).isEqualTo("Belarus and Ukraine are named as a pair, but neither is in the dyad"
        + " Pakistan-Afghanistan and the report does not otherwise discuss them (Belarus: 1 sentence, Ukraine:"
        + " 1 sentence); Pakistan and Afghanistan meant?");
  }

  @Test
  void outsideActorsTheReportDiscussesOrListsAreNotFlagged() {
    assertThat(scope(ACTORS)).isEmpty();
  }

  @Test
  void aDyadCountryPairedWithAnOutsiderInAParagraphAboutTheDyadIsFlagged() {
    List<AuditFinding> f = scope(ACTORS + """
        Afghan refugees in Pakistan face hardship, and Afghanistan resents their treatment. Trust
        cannot be built unless Pakistan and India take steps through cultural exchange programs.
        """);

    assertThat(f).extracting(AuditFinding::message).containsExactly("Pakistan and India are named as a pair in a paragraph"
        + " about Pakistan and Afghanistan that names India nowhere else; Pakistan and Afghanistan meant?");
  }

  @Test
  void aDyadCountryPairedWithAnOutsiderTheParagraphIsAboutIsNotFlagged() {
    assertThat(scope(ACTORS + """
        Afghanistan gives Pakistan a chance to lead. This intensified the conflict between Pakistan and India
        because India views Pakistan's influence in Afghanistan as a threat.
        """)).isEmpty();
  }

  @Test
  void figuresAboutACountryTheReportDoesNotDiscussAreFlagged() {
    List<AuditFinding> f = scope("""
        Trade between Pakistan and Afghanistan matters.

        Trade in Brazil rose to $3 billion in 2022.
        """);

    assertThat(f).extracting(AuditFinding::message).containsExactly("figures here are about Brazil, which is outside the"
        + " dyad Pakistan-Afghanistan and not otherwise discussed in the report (1 sentence)");
  }

  @Test
  void aCountryNamedInAHeadingIsDiscussed() {
    assertThat(scope("""
        Relations with Iran

        Trade between Pakistan and Afghanistan matters.

        Trade in Iran rose to $3 billion in 2022.
        """)).isEmpty();
  }

  @Test
  void aPairNamedInASentenceThatAlsoNamesTheDyadIsNotASlipForIt() {
    assertThat(scope(ACTORS + """
        CASA-1000 will export surplus hydroelectricity from Kyrgyzstan and Tajikistan to Afghanistan and Pakistan.
        """)).isEmpty();
  }
}
