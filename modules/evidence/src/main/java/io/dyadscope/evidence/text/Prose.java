package io.dyadscope.evidence.text;

import java.util.List;

/** Small helpers for composing generated sentences. */
public final class Prose {

  private Prose() {}

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  public static String join(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The text with its first letter in lower case, unless the first word is an acronym ({@code CPEC}). */
  public static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  /** The text with its first letter in upper case. */
  public static String upperFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code 1 point}, {@code 3 points}, {@code 1,041 facts}. */
  public static String count(long n, String noun) {
    return Figures.count(n) + " " + noun + (n == 1 ? "" : "s");
  }
}
