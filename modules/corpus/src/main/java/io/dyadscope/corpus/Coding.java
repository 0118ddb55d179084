package io.dyadscope.corpus;

/**
 * A code applied to a stretch {@code [start, end)} (chars) of a document.
 *
 * @param coder who coded: a person's name, or {@value #AUTO_CODER} for the auto-coder
 * @param rule  the codebook rule (a Lucene query) that made an automatic coding; empty for a human's
 */
public record Coding(String documentId, int start, int end, String codeId, String coder, Origin origin, String rule) {

  /** Name under which the auto-coder's codings are kept. */
  public static final String AUTO_CODER = "auto";

  public Coding {
    if (documentId == null || documentId.isBlank()) {
      throw new IllegalArgumentException("coding without a document");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("coding of " + documentId + ": span " + start + "-" + end
          + " is empty or negative");
    }
    if (codeId == null || codeId.isBlank()) {
      throw new IllegalArgumentException("coding of " + documentId + " " + start + "-" + end + " without a code");
    }
    if (coder == null || coder.isBlank()) {
      throw new IllegalArgumentException("coding of " + documentId + " " + start + "-" + end + " without a coder");
    }
    if (origin == null) {
      throw new IllegalArgumentException("coding of " + documentId + " without an origin");
    }
    rule = rule == null ? "" : rule;
  }

  /** A person's coding. */
  public static Coding human(String documentId, int start, int end, String codeId, String coder) {
    return new Coding(documentId, start, end, codeId, coder, Origin.human, "");
  }

  /** The auto-coder's coding made by {@code rule}. */
  public static Coding auto(String documentId, int start, int end, String codeId, String rule) {
    return new Coding(documentId, start, end, codeId, AUTO_CODER, Origin.auto, rule);
  }

  public boolean overlaps(Coding o) {
    return documentId.equals(o.documentId) && start < o.end && end > o.start;
  }

  public int length() {
    return end - start;
  }
}
