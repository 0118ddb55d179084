package io.dyadscope.evidence;

/** Invariant checks shared by the model's records: each names the field and the bad value. */
public final class Require {

  private Require() {}

  /** {@code value} stripped, or an error naming {@code field} when it is null or blank. */
  public static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is empty");
    }
    return value.strip();
  }

  /** {@code value}, or an error stating {@code rule} and quoting the value when it does not match {@code regex} whole. */
  public static String matching(String value, String regex, String rule) {
    if (!value.matches(regex)) {
      throw new IllegalArgumentException(rule + ": '" + value + "'");
    }
    return value;
  }
}
