package io.dyadscope.evidence;

/**
 * A problem the user caused and can fix (a missing file, an unknown indicator, a dyad without
 * data): shown as one line, without a stack trace. Anything else that escapes is an internal error.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
