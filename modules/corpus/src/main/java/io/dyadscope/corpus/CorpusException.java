package io.dyadscope.corpus;

import io.dyadscope.evidence.UserError;

/**
 * Bad corpus input (an unreadable file, a broken codebook, a coding that does not fit): a
 * {@link UserError}, shown as one line; the message says where.
 */
public class CorpusException extends UserError {

  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
