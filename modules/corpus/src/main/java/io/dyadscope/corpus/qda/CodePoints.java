package io.dyadscope.corpus.qda;

/**
 * REFI-QDA counts selection offsets in Unicode code points; Java strings count UTF-16 units. A
 * character outside the Basic Multilingual Plane (many emoji, rarer CJK ideographs) is one code
 * point but two chars, so offsets must be converted both ways or segments drift after it.
 */
public final class CodePoints {

  private CodePoints() {}

  /** The code point offset of char offset {@code chars} in {@code text}. */
  public static int fromChars(String text, int chars) {
    return text.codePointCount(0, chars);
  }

  /**
   * The char offset of code point offset {@code codePoints} in {@code text}.
   *
   * @throws IndexOutOfBoundsException when the text has fewer code points
   */
  public static int toChars(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }
}
