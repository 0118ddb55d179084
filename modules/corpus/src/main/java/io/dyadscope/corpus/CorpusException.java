package io.dyadscope.corpus;

/** Bad corpus input (an unreadable file, a broken codebook, a coding that does not fit): the message says where. */
public class CorpusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
