package io.dyadscope.store;

/**
 * One finding of an audit about a document.
 *
 * @param check    id of the check that raised it
 * @param severity how serious it is, as the audit words it (e.g. {@code error}, {@code warning})
 * @param line     1-based line of the document it concerns, or 0 for the whole document
 * @param excerpt  the words it concerns, or empty
 * @param message  what is wrong, for a reader
 */
public record SavedFinding(String check, String severity, int line, String excerpt, String message) {

  public SavedFinding {
    check = required(check, "check");
    severity = required(severity, "severity");
    if (line < 0) {
      throw new IllegalArgumentException("finding line must not be negative: " + line);
    }
    excerpt = SavedClaim.orEmpty(excerpt);
    message = required(message, "message");
  }

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("finding " + field + " is empty");
    }
    return value.strip();
  }
}
