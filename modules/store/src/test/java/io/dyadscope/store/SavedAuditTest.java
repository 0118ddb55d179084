package io.dyadscope.store;

import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.DocumentFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedAuditTest {

  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);

  @TempDir Path dir;

  private static SavedAudit audit(String path, String sha, String dyad, List<AuditFinding> findings) {
    return new SavedAudit(path, sha, dyad, "Trade rose to $1.9 billion in 2022.",
        List.of(new SavedClaim(1, "$1.9 billion in 2022", "trade.total", "PAK-AFG", "2022", 1900, "USD million",
            "reported")),
        findings);
  }

  private static final AuditFinding UNSOURCED =
      new AuditFinding("unsourced", Severity.WARNING, 1, "$1.9 billion in 2022", "figure without a citation");

  @Test
  void savingTheSameContentTwiceKeepsOneDocument() {
    try (Workspace ws = Workspace.open(dir)) {
      ws.saveAudit(audit("draft.txt", SHA_A, "PAK-AFG", List.of(UNSOURCED)));
      ws.saveAudit(audit("copy-of-draft.txt", SHA_A, "PAK-AFG", List.of(UNSOURCED)));
      assertThat(ws.savedDocumentCount()).isEqualTo(1);
      assertThat(ws.savedFindings("PAK-AFG")).containsExactly(new DocumentFinding("copy-of-draft.txt", UNSOURCED));
    }
  }

  @Test
  void savingAgainReplacesTheFindingsOfThatContent() {
    AuditFinding mismatch = new AuditFinding("mismatch", Severity.ERROR, 1, "$1.9 billion",
        "1900 USD million differs from the workspace's 1700");
    try (Workspace ws = Workspace.open(dir)) {
      ws.saveAudit(audit("draft.txt", SHA_A, "PAK-AFG", List.of(UNSOURCED, mismatch)));
      ws.saveAudit(audit("draft.txt", SHA_A, "PAK-AFG", List.of(mismatch)));
      assertThat(ws.savedFindings("PAK-AFG")).containsExactly(new DocumentFinding("draft.txt", mismatch));
    }
  }

  @Test
  void findingsAreReadPerDyadOrderedByPathAndLine() {
    AuditFinding late = new AuditFinding("unsourced", Severity.WARNING, 7, "", "figure without a citation");
    AuditFinding whole = new AuditFinding("no-sources", Severity.WARNING, 0, "", "the document cites no source");
    try (Workspace ws = Workspace.open(dir)) {
      ws.saveAudit(audit("b.txt", SHA_A, "PAK-AFG", List.of(late, UNSOURCED)));
      ws.saveAudit(audit("a.txt", SHA_B, "PAK-IND", List.of(whole)));
      assertThat(ws.savedDocumentCount()).isEqualTo(2);
      assertThat(ws.savedFindings("PAK-AFG")).containsExactly(
          new DocumentFinding("b.txt", UNSOURCED), new DocumentFinding("b.txt", late));
      assertThat(ws.savedFindings("pak-ind")).containsExactly(new DocumentFinding("a.txt", whole));
      assertThat(ws.savedFindings("AFG-PAK")).isEmpty();
    }
  }

  @Test
  void savedAuditsSurviveReopening() {
    try (Workspace ws = Workspace.open(dir)) {
      ws.saveAudit(audit("draft.txt", SHA_A, "PAK-AFG", List.of(UNSOURCED)));
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.savedFindings("PAK-AFG")).containsExactly(new DocumentFinding("draft.txt", UNSOURCED));
    }
  }

  @Test
  void savedAuditNeedsAHexHash() {
    assertThatThrownBy(() -> audit("draft.txt", "ABC", "PAK-AFG", List.of()))
        .hasMessage("not a lower-case hex SHA-256: 'ABC'");
  }

  @Test
  void documentIdIsDerivedFromTheHash() {
    assertThat(audit("draft.txt", SHA_A, "PAK-AFG", List.of()).documentId()).isEqualTo("d-aaaaaaaaaaaa");
  }
}
