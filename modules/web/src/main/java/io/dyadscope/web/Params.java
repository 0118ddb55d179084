package io.dyadscope.web;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.UserError;
import java.util.regex.Pattern;

/**
 * Checks of the values a request carries before they reach a service. They are matched against
 * narrow patterns (never used as file names), so a value like {@code ../x} is refused here.
 */
public final class Params {

  private static final Pattern DYAD = Pattern.compile("[A-Za-z]{2,3}-[A-Za-z]{2,3}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.:-]{1,80}");

  private Params() {}

  /** The dyad named by {@code text}, e.g. {@code PAK-AFG}. */
  public static Dyad dyad(String text) {
    if (text == null || !DYAD.matcher(text).matches()) {
      throw new BadRequest("not a dyad (expected two country codes like PAK-AFG): '" + shorten(text) + "'");
    }
    try {
      return Dyad.parse(text);
    } catch (IllegalArgumentException | UserError e) {
      throw new BadRequest(e.getMessage());
    }
  }

  /** An indicator id, subject or similar key: letters, digits and {@code _ . : -}, never {@code ..}. */
  public static String word(String name, String text) {
    if (text == null || !WORD.matcher(text).matches() || text.contains("..")) {
      throw new BadRequest("invalid " + name + ": '" + shorten(text) + "'");
    }
    return text;
  }

  /** {@link #word} or null when absent or empty. */
  public static String optionalWord(String name, String text) {
    return text == null || text.isEmpty() ? null : word(name, text);
  }

  /** A period such as {@code 2024} or {@code 2024-03}, or null when absent. */
  public static Period optionalPeriod(String name, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Period.parse(word(name, text));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("invalid " + name + ": '" + shorten(text) + "'");
    }
  }

  /**
   * Free text a user typed (a search query, a keyword): present, at most {@code max} characters,
   * no control characters. It is only ever handed to a parser or compared, never used as a path.
   */
  public static String text(String name, String text, int max) {
    if (text == null || text.isBlank()) {
      throw new BadRequest(name + " is missing");
    }
    if (text.length() > max) {
      throw new BadRequest(name + " is longer than " + max + " characters");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest(name + " holds control characters");
    }
    return text.strip();
  }

  /** {@link #text}, or null when absent or blank. */
  public static String optionalText(String name, String text, int max) {
    return text == null || text.isBlank() ? null : text(name, text, max);
  }

  /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
  public static int integer(String name, String text, int min, int max, int fallback) {
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(text);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest(name + " must be a whole number from " + min + " to " + max + ": '" + shorten(text) + "'");
  }

  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** A request the server refuses (HTTP 400) with a message that is safe to show. */
  public static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
      super(message);
    }
  }
}
