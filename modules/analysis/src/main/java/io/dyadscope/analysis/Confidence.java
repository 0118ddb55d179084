package io.dyadscope.analysis;

/**
 * How far a {@link Forecast} can be trusted, judged from the evidence behind it: LOW when the
 * series is too short to test any method, MODERATE when a backtest ran on fewer than ten points,
 * HIGH when it ran on ten or more.
 */
public enum Confidence {
  LOW,
  MODERATE,
  HIGH
}
