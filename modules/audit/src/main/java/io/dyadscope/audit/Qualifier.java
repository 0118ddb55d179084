package io.dyadscope.audit;

/** A word before a number that changes what the number claims: "over 1.4 million". */
public enum Qualifier {
  /** The number as written. */
  EXACT,
  /** "over", "more than", "exceeding", "at least": the true value is at or above it. */
  AT_LEAST,
  /** "under", "less than", "below", "up to": the true value is at or below it. */
  AT_MOST,
  /** "about", "around", "nearly", "some": the value is approximate. */
  ABOUT
}
