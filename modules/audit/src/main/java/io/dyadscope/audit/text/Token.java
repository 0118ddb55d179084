package io.dyadscope.audit.text;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param kind  word, number or punctuation
 * @param start offset in the flat text
 * @param end   offset just past it
 * @param text  as written
 * @param norm  for words: lower case, possessive dropped, plural folded to singular
 *              ({@code Refugees} and {@code refugee} both give {@code refugee}); else the text
 */
public record Token(Kind kind, int start, int end, String text, String norm) {

  /** What a token is. */
  public enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  public boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
  }

  /** True for a word whose normal form is {@code word}. */
  public boolean is(String word) {
    return kind == Kind.WORD && norm.equals(word);
  }

  /** True for a word that starts with a capital letter. */
  public boolean capitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** True for a word of two or more letters, all capitals (digits allowed after the first). */
  public boolean acronym() {
    if (kind != Kind.WORD || text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c) || c == '\'' || c == '’') {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
