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
}
