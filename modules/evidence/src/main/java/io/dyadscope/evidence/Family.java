package io.dyadscope.evidence;

import java.util.Locale;

/**
 * The area of relations an indicator measures. The five named families are the ones Dyadscope's
 * own rules know; any other family word (a user's {@code returns}, the World Bank's indicators'
 * {@code economy}) is {@link #OTHER}, and the indicator keeps its word in
 * {@link Indicator#familyName()}. Families are therefore open: data, with a closed set of
 * families that code may switch on.
 */
public enum Family implements Worded {
  TRADE,
  REFUGEES,
  SECURITY,
  CONNECTIVITY,
  OPINION,
  /** Any family outside the five above; its word is the indicator's {@code familyName}. */
  OTHER;

  /** The five named families, the words {@link #parse} accepts. */
  private static final Family[] NAMED = {TRADE, REFUGEES, SECURITY, CONNECTIVITY, OPINION};

  /** One of the five named families; anything else is an error naming the text. */
  public static Family parse(String text) {
    if (text != null && text.strip().equalsIgnoreCase(OTHER.word())) {
      throw new IllegalArgumentException("unknown family '" + text + "' (other is not a family of its own)");
    }
    return Labels.parse(NAMED, Family::word, text, "family");
  }

  /** The named family of {@code word}, or {@link #OTHER} for a free family word. */
  public static Family of(String word) {
    return Labels.find(NAMED, Family::word, checkWord(word)).orElse(OTHER);
  }

  /** A family word: lower-case letters, digits and '_', starting with a letter. */
  static String checkWord(String word) {
    String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    if (!w.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("family must be a lower-case word such as trade or returns: '" + word + "'");
    }
    if (w.equals("other")) {
      throw new IllegalArgumentException("'other' is not a family: name the family, e.g. returns");
    }
    return w;
  }
}
