package io.dyadscope.evidence;

import java.util.Locale;

/**
 * What kind of statement a value is: measured by its source ({@code OBSERVED}), passed on
 * second-hand by another publication ({@code REPORTED}), or a forecast made by its source
 * ({@code PROJECTION}).
 */
public enum Status {
  OBSERVED,
  REPORTED,
  PROJECTION;

  /** The lower-case word used in files and output. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for observed and reported values: statements about what happened. */
  public boolean isFact() {
    return this != PROJECTION;
  }

  public static Status parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (Status s : values()) {
      if (s.word().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown status '" + text + "' (expected observed, reported or projection)");
  }
}
