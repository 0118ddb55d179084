package io.dyadscope.evidence;

/**
 * What kind of statement a value is: measured by its source ({@code OBSERVED}), passed on
 * second-hand by another publication ({@code REPORTED}), or a forecast made by its source
 * ({@code PROJECTION}).
 */
public enum Status implements Worded {
  OBSERVED,
  REPORTED,
  PROJECTION;

  /** True for observed and reported values: statements about what happened. */
  public boolean isFact() {
    return this != PROJECTION;
  }

  public static Status parse(String text) {
    return Labels.parse(values(), Status::word, text, "status");
  }
}
