package io.dyadscope.evidence;

/** How sure and how serious a finding is, most serious first. */
public enum Severity implements Worded {
  /** The numbers cannot all be right: a contradiction or an arithmetic failure. */
  ERROR,
  /** Very likely a mistake, but the text leaves room for a reading in which it is not. */
  WARNING,
  /** Worth a look; the auditor is not sure. */
  INFO;

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
    return Labels.parse(values(), Severity::word, text, "severity");
  }
}
