package io.dyadscope.audit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Small string helpers for hot paths, where a regex per call would cost more than the work. */
public final class Text {

  private Text() {}

  /** Runs of whitespace to one space, ends stripped. */
  public static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The whitespace-separated words of {@code s}. */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  /** {@code s} without leading and trailing characters that are not letters. */
  public static String trimToLetters(String s) {
    return trimTo(s, Character::isLetter);
  }

  /** {@code s} without leading and trailing characters that are neither letters nor digits. */
  public static String trimToAlphanumeric(String s) {
    return trimTo(s, Character::isLetterOrDigit);
  }

  /** {@code s} without leading and trailing characters that {@code kept} refuses. */
  private static String trimTo(String s, IntPredicate kept) {
    int a = 0;
    int b = s.length();
    while (a < b && !kept.test(s.charAt(a))) {
      a++;
    }
    while (b > a && !kept.test(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** True for a non-empty string of ASCII digits. */
  public static boolean digits(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** True for a year from 1800 to 2199 written as four digits. */
  public static boolean year(CharSequence s) {
    if (s.length() != 4 || !digits(s)) {
      return false;
    }
    char a = s.charAt(0);
    char b = s.charAt(1);
    return a == '1' && (b == '8' || b == '9') || a == '2' && (b == '0' || b == '1');
  }
}
