package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Text;

/** Short, single-line excerpts of report text for findings. */
public final class Excerpts {

  /** Longest excerpt kept whole. */
  public static final int MAX = 320;

  private Excerpts() {}

  /** {@code text} on one line, cut to {@link #MAX} characters with an ellipsis. */
  public static String of(String text) {
    String s = Text.collapse(text);
    return s.length() <= MAX ? s : s.substring(0, MAX - 1).stripTrailing() + "…";
  }

  /** The part of {@code text} around {@code from}..{@code to}, at most {@link #MAX} characters. */
  public static String around(String text, int from, int to) {
    if (text.length() <= MAX) {
      return of(text);
    }
    int half = Math.max(0, (MAX - (to - from)) / 2);
    int a = Math.max(0, from - half);
    int b = Math.min(text.length(), Math.max(to, a + MAX - 2));
    return (a > 0 ? "…" : "") + Text.collapse(text.substring(a, b)) + (b < text.length() ? "…" : "");
  }
}
