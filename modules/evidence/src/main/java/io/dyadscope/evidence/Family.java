package io.dyadscope.evidence;

import java.util.Locale;

/** The area of relations an indicator measures. */
public enum Family {
  TRADE,
  REFUGEES,
  SECURITY,
  CONNECTIVITY,
  OPINION;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Family parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown family '" + text + "'");
    }
  }
}
