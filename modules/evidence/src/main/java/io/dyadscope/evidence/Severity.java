package io.dyadscope.evidence;

import java.util.Locale;

/** How sure and how serious a finding is, most serious first. */
public enum Severity {
  /** The numbers cannot all be right: a contradiction or an arithmetic failure. */
  ERROR,
  /** Very likely a mistake, but the text leaves room for a reading in which it is not. */
  WARNING,
  /** Worth a look; the auditor is not sure. */
  INFO;

  /** The lower-case word used in output: {@code error}, {@code warning}, {@code info}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * Parses {@code error}, {@code warning} or {@code info} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the text when it is none of them
   */
  public static Severity parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Severity s : values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
  }
}
