package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDefectCheckTest {

  private static List<AuditFinding> defects(String text) {
    return findings(audit(text), Checks.TEXT_DEFECT);
  }

  @Test
  void aPhraseWithNumbersRepeatedBackToBackIsFlaggedAtItsSecondCopy() {
    List<AuditFinding> f = defects("""
        Trade fell between these nations from 1.7 billion
        in 2019 to 1.7 billion in 2019 to 1.2 billion in 2021.
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).line()).isEqualTo(2);
    assertThat(f.get(0).lines()).containsExactly(1, 2);
    assertThat(f.get(0).message()).isEqualTo("phrase repeated back to back: '1.7 billion in 2019 to' twice in a row;"
        + " one copy is probably left over from an edit");
  }

  @Test
  void aPhraseOfAnyLengthRepeatedBackToBackIsFlagged() {
    assertThat(defects("More than 300 migrants have camped at the border at the border post for a week."))
        .extracting(AuditFinding::message).containsExactly("phrase repeated back to back: 'at the border' twice in a"
            + " row; one copy is probably left over from an edit");
  }

  @Test
  void aHeadingLineFollowedByTextThatStartsWithItIsNoRepeat() {
    assertThat(defects("Realism\nRealism explains the rivalry over the border in 2023.")).isEmpty();
  }

  @Test
  void aWordEnglishDoublesOnPurposeIsNotFlaggedButTheTheIs() {
    assertThat(defects("It was very very good, and the the talks went on in 2019 and 2020."))
        .extracting(AuditFinding::message).containsExactly("phrase repeated back to back: 'the' twice in a row; one"
            + " copy is probably left over from an edit");
  }

  @Test
  void britishSpellingsNamesAndDashJoinedNamesAreNotGarbled() {
    assertThat(defects("""
        The 1,975-kilometre border has three centres of trade, and the programme was analysed in Herat.
        The Turkmenistan–Afghanistan–Pakistan–India pipeline would run through Herat and Kandahar.
        """)).isEmpty();
  }

  @Test
  void aWordThatDroppedALetterIsMisspelt() {
    assertThat(defects("Grid operators said the new transmision line had cut losses."))
        .extracting(AuditFinding::message).containsExactly("garbled word 'transmision': probably 'transmission' (a"
            + " letter dropped)");
  }

  @Test
  void digitsThatOcrTookForLettersAreFlagged() {
    List<AuditFinding> f = defects("""
        Groups such as I1SIS-Khorasan operate there.
        Measures such as Track-1l1 diplomacy and a S0O0 study help.
        """);

    assertThat(f).extracting(AuditFinding::line, AuditFinding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "garbled word 'I1SIS-Khorasan': 'I1SIS' mixes digits and letters the"
            + " way OCR confuses them (1 for I or l, 0 for O)"),
        org.assertj.core.groups.Tuple.tuple(2, "garbled word 'Track-1l1': '1l1' mixes digits and letters the way OCR"
            + " confuses them (1 for I or l, 0 for O)"),
        org.assertj.core.groups.Tuple.tuple(2, "garbled word 'S0O0': 'S0O0' mixes digits and letters the way OCR"
            + " confuses them (1 for I or l, 0 for O)"));
  }

  @Test
  void namesThatMixLettersAndDigitsByDesignAreNotFlagged() {
    assertThat(defects("""
        The CASA-1000 line, COVID-19, the G20, 3D maps, H1N1, the 1980s, page 1169 and B2B trade.

        1169
        """)).isEmpty();
  }

  @Test
  void aWordGarbledIntoPunctuationIsFlaggedButALinkIsNot() {
    List<AuditFinding> f = defects("""
        Year Cr(ﬁ;—:j(rsder Militant Activities
        See https://example.org/a(b);c:d for details.
        """);

    assertThat(f).extracting(AuditFinding::message).containsExactly(
        "garbled word 'Cr(ﬁ;—:j(rsder': letters and punctuation mixed, as OCR leaves unreadable text");
  }

  @Test
  void footnoteMarkersOfAQuotedSourceAreNotGarbled() {
    assertThat(TextDefectCheck.problem("UNHCR).[3][4]")).isNull();
    assertThat(TextDefectCheck.problem("UNHCR).\\[3\\]\\[4\\]")).isNull();
  }
}
