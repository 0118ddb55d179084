package io.dyadscope.fetch.http;

/** The API could not be reached at all: no network, no such host, connection refused or timed out. */
public final class Unreachable extends java.io.IOException {

  private static final long serialVersionUID = 1L;

  public Unreachable(String message, Throwable cause) {
    super(message, cause);
  }
}
