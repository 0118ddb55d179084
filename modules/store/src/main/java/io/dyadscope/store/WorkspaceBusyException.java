package io.dyadscope.store;

/** Another process holds the workspace's database file, and waiting for it ran out. */
public final class WorkspaceBusyException extends WorkspaceException {

  public WorkspaceBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
