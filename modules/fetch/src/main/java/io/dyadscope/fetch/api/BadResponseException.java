package io.dyadscope.fetch.api;

/** An answer that is not what the API documents: an error page, a malformed body, a missing field. */
public final class BadResponseException extends Exception {

  private static final long serialVersionUID = 1L;

  public BadResponseException(Query query, String message) {
    super(query.url() + ": " + message);
  }
}
