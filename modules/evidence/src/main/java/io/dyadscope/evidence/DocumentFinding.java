package io.dyadscope.evidence;

import java.util.Objects;

/**
 * An audit finding about a document kept in the workspace: the one finding type ({@link AuditFinding})
 * with the document it was found in, as the store returns it and the dossier lists it.
 *
 * @param document the audited document's path as given
 * @param finding  what the audit found
 */
public record DocumentFinding(String document, AuditFinding finding) {

  public DocumentFinding {
    document = Require.text(document, "document");
    Objects.requireNonNull(finding, "finding");
  }
}
