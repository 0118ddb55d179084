package io.dyadscope.corpus.gold;

/**
 * How the auto-coder did on one code against the gold sentences of one split.
 *
 * @param code           code id
 * @param split          the gold split
 * @param truePositives  sentences both the gold set and the auto-coder give the code
 * @param falsePositives sentences only the auto-coder gives it
 * @param falseNegatives sentences only the gold set gives it
 */
public record CodeScore(String code, String split, int truePositives, int falsePositives, int falseNegatives) {

  /** Precision below which a rule is marked as unreliable. */
  public static final double MIN_PRECISION = 0.6;

  /** Share of the auto-coder's sentences the gold set agrees with; NaN when it coded none. */
  public double precision() {
    int coded = truePositives + falsePositives;
    return coded == 0 ? Double.NaN : (double) truePositives / coded;
  }

  /** Share of the gold set's sentences the auto-coder found; NaN when the gold set has none. */
  public double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? Double.NaN : (double) truePositives / gold;
  }

  /** True when its precision is measured and below {@link #MIN_PRECISION}. */
  public boolean unreliable() {
    return precision() < MIN_PRECISION;
  }
}
