package io.dyadscope.dossier;

import java.util.Objects;

/**
 * A note from checking the documents behind the data (e.g. a reported figure that does not match
 * its table), shown in the dossier's audit section.
 *
 * @param document the document checked, e.g. a file name
 * @param check    the check that raised the note
 * @param severity how serious it is, e.g. {@code error}, {@code warning}, {@code info}
 * @param line     line of the document, or 0 when not tied to a line
 * @param message  what was found
 */
public record AuditNote(String document, String check, String severity, int line, String message) {

  public AuditNote {
    document = Objects.requireNonNull(document, "document").strip();
    check = Objects.requireNonNull(check, "check").strip();
    severity = Objects.requireNonNull(severity, "severity").strip();
    message = Objects.requireNonNull(message, "message").strip();
    if (line < 0) {
      throw new IllegalArgumentException("audit note line is negative: " + line);
    }
    if (message.isEmpty()) {
      throw new IllegalArgumentException("audit note from check '" + check + "' has no message");
    }
  }
}
