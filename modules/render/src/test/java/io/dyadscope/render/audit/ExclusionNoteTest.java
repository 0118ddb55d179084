package io.dyadscope.render.audit;

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

/** Every output format says loudly how many workspace figures were left out of data checks, and why. */
class ExclusionNoteTest {

  private static final String HASH = "9f2c4e1a7b3d5f60812345678901234567890abcdef1234567890abcdef12345";
  private static final Source PAPER = new Source("paper-2025", "Pakistan-Afghanistan relations. A think tank,"
      + " Islamabad, 2025", "A think tank", SourceKind.THINK_TANK, Grade.C, 2025, "https://example.org/" + HASH);
  private static final Observation FIGURE = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2023),
      1300, "USD million", Status.REPORTED, "paper-2025", "", "", "");

  @Test
  void everyOutputFormatSaysHowManyFiguresWereExcludedAndWhy() {
    String text = "Notes\n\nIn 2023 bilateral trade between Pakistan and Afghanistan was $1.3 billion.\n";
    AuditReport r = Auditor.audit(new AuditInput("note.txt", text, Dyad.parse("PAK-AFG"), List.of(FIGURE),
        Map.of("paper-2025", PAPER), AuditOptions.defaults(), null, HASH));

    for (ReportFormat f : ReportFormat.values()) {
      assertThat(f.render(r, text)).as(f.name()).contains("EXCLUDED 1 of 1 workspace figure from data checks")
          .contains("same content hash");
    }
  }
}
