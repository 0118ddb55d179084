package io.dyadscope.store;

/**
 * A workspace could not be opened, read or written: the database file is locked by another
 * process, was written by a newer Dyadscope, or a statement failed. The message says which
 * workspace and why, in words fit for a user.
 */
public class WorkspaceException extends RuntimeException {

  public WorkspaceException(String message) {
    super(message);
  }

  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
