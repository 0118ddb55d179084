package io.dyadscope.audit;

import io.dyadscope.evidence.Require;
/**
 * Something the audit checked that held: a total that is the sum of its parts, a figure stated
 * twice with the same value, a direction word that matches the numbers.
 *
 * @param check   id of the check, e.g. {@code table-arithmetic}
 * @param line    1-based line of the extracted text
 * @param message what was checked, with the numbers
 */
public record Verified(String check, int line, String message) {

  public Verified {
    check = Require.text(check, "check");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    message = Require.text(message, "message");
  }
}
