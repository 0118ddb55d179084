package io.dyadscope.corpus;

/**
 * A note by an analyst on a code or a document.
 *
 * @param target code id or document id, per {@code on}
 */
public record Memo(Target on, String target, String author, String text) {

  /** What a memo is about. */
  public enum Target {
    code,
    document
  }

  public Memo {
    if (on == null || target == null || target.isBlank()) {
      throw new IllegalArgumentException("memo without a target");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("memo on " + on + " " + target + " is empty");
    }
    author = author == null ? "" : author.strip();
  }
}
