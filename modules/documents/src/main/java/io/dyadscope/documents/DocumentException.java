package io.dyadscope.documents;

/**
 * A document could not be read. The message says why without naming the file: each caller names
 * it in its own way (the corpus as {@code FILE: ...}, the audit as {@code cannot read ... FILE}).
 */
public final class DocumentException extends RuntimeException {

  /** What went wrong, so that a caller can word it. */
  public enum Kind {
    /** The ending is not one the reader knows. */
    UNKNOWN_KIND,
    /** Text that must be UTF-8 is not. */
    NOT_UTF8,
    /** PDFBox could not read the file. */
    PDF,
    /** POI could not read the Word file, or it unpacks beyond the limits. */
    DOCX,
    /** The JSON does not parse. */
    JSON
  }

  private final Kind kind;

  public DocumentException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
