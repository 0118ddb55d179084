package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A workspace source is the audited report only when it is the stored document: same content
 * hash, or same title and author. Synthetic reports and sources.
 */
class SelfReferenceTest {

  private static final String HASH = "9f2c4e1a7b3d5f60812345678901234567890abcdef1234567890abcdef12345";
  private static final Source PAPER = new Source("paper-2025", "Pakistan-Afghanistan relations. A think tank,"
      + " Islamabad, 2025", "A think tank", SourceKind.THINK_TANK, Grade.C, 2025, "https://example.org/" + HASH);
  private static final Observation FIGURE = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2023),
      1300, "USD million", Status.REPORTED, "paper-2025", "", "", "");

  private static AuditReport audit(String text, String sha256) {
    return Auditor.audit(new AuditInput("note.txt", text, Dyad.parse("PAK-AFG"), List.of(FIGURE),
        Map.of("paper-2025", PAPER), AuditOptions.defaults(), null, sha256));
  }

  @Test
  void aShortNoteTitledLikeThePaperIsNotThePaper() {
    AuditReport r = audit("""
        Pakistan-Afghanistan relations

        In 2023 bilateral trade between Pakistan and Afghanistan was $1.3 billion.
        """, "0000000000000000000000000000000000000000000000000000000000000000");

    assertThat(r.coverage().notes()).noneMatch(n -> n.startsWith("EXCLUDED"));
    assertThat(verified(r, Checks.DATA_AGREEMENT)).hasSize(1);
  }

  @Test
  void theSameTitleAndAuthorMakeTheNoteThePaper() {
    AuditReport r = audit("""
        Pakistan-Afghanistan relations
        A think tank, Islamabad

        In 2023 bilateral trade between Pakistan and Afghanistan was $1.3 billion.
        """, null);

    assertThat(verified(r, Checks.DATA_AGREEMENT)).isEmpty();
    assertThat(r.coverage().notes()).contains("EXCLUDED 1 of 1 workspace figure from data checks: source"
        + " 'paper-2025' is this report (same title and author), and a report cannot verify itself");
  }

  @Test
  void theSameContentHashMakesAnyTextThePaper() {
    AuditReport r = audit("""
        Notes

        In 2023 bilateral trade between Pakistan and Afghanistan was $1.3 billion.
        """, HASH);

    assertThat(verified(r, Checks.DATA_AGREEMENT)).isEmpty();
    assertThat(r.coverage().notes()).contains("EXCLUDED 1 of 1 workspace figure from data checks: source"
        + " 'paper-2025' is this report (same content hash), and a report cannot verify itself");
  }
}
