package io.dyadscope.evidence;

import java.util.List;
import java.util.Objects;

/**
 * A problem the audit found in a report.
 *
 * @param check    id of the check that found it, e.g. {@code contradiction}
 * @param severity how serious it is
 * @param line     1-based line of the extracted text where it starts
 * @param excerpt  the text at that line the finding is about
 * @param message  what is wrong, with the numbers
 * @param lines    every line involved, ascending, {@code line} among them (a contradiction lists
 *                 each place the quantity is given)
 */
public record AuditFinding(String check, Severity severity, int line, String excerpt, String message,
    List<Integer> lines) {

  public AuditFinding {
    check = Require.text(check, "check");
    Objects.requireNonNull(severity, "severity");
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (the whole document) or more: " + line);
    }
    excerpt = excerpt == null ? "" : excerpt.strip();
    message = Require.text(message, "message");
    lines = lines == null || lines.isEmpty() ? List.of(line) : List.copyOf(lines);
    if (!lines.contains(line)) {
      throw new IllegalArgumentException("lines " + lines + " do not include line " + line);
    }
  }

  /** A finding about one line. */
  public AuditFinding(String check, Severity severity, int line, String excerpt, String message) {
    this(check, severity, line, excerpt, message, List.of(line));
  }

}
