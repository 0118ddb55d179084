package io.dyadscope.cli;

/** A problem the user can fix (bad argument, missing data): reported in one line, exit code 1. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}
