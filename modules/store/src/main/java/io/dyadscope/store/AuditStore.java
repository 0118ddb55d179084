package io.dyadscope.store;

import io.dyadscope.evidence.DocumentFinding;
import java.util.List;

/** Audits saved with {@code audit --save}: documents, their claims and the audit's findings. */
public interface AuditStore {

  /**
   * Keeps an audited document, its claims and findings. A document with the same SHA-256 saved
   * before is replaced whole, in the same transaction.
   */
  void save(SavedAudit audit);

  /** The findings saved for documents audited against {@code dyad}, ordered by document path, line and check. */
  List<DocumentFinding> findings(String dyad);

  /** Number of saved documents: how many distinct contents were audited and saved. */
  long documentCount();
}
