package io.dyadscope.store;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Dyad;
import java.util.List;

/**
 * An audited document with what the audit found, as kept in a workspace. A document is identified
 * by the SHA-256 of its content: saving the same content again replaces the earlier save.
 *
 * @param path     where the document was read from, as the user named it
 * @param sha256   64 lower-case hex digits of the SHA-256 of the document's bytes
 * @param dyad     the dyad the document was audited against
 * @param text     the document's text
 * @param claims   figures the audit read from it
 * @param findings what the audit found
 */
public record SavedAudit(String path, String sha256, String dyad, String text, List<SavedClaim> claims,
    List<AuditFinding> findings) {

  public SavedAudit {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("saved audit path is empty");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: '" + sha256 + "'");
    }
    dyad = Dyad.parse(dyad).id();
    if (text == null) {
      throw new IllegalArgumentException("saved audit of " + path + " has no text");
    }
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
  }

  /** The document's id in the workspace: {@code d-} and the first 12 hex digits of its hash. */
  public String documentId() {
    return "d-" + sha256.substring(0, 12);
  }
}
