package io.dyadscope.fetch.http;

/** The API answered with an error status (after the retries allowed for 429 and 5xx). */
public final class HttpStatusException extends java.io.IOException {

  private static final long serialVersionUID = 1L;
  private final int status;

  public HttpStatusException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
