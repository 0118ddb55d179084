package io.dyadscope.audit.extract;

import io.dyadscope.audit.vocabulary.StrengthWords;
import io.dyadscope.evidence.Period;

/**
 * A sentence saying which way a quantity moves without giving its numbers: "trade volumes are
 * projected to expand until 2024", "smaller trade growth for 2024".
 *
 * @param line      1-based line of the trend word
 * @param excerpt   the sentence
 * @param indicator the quantity
 * @param subject   what it is about
 * @param direction the direction stated
 * @param word      the trend word as written
 * @param target    the period the trend reaches, or null for the latest figure (a span: "have grown
 *                  since 2021", "in recent years")
 * @param since     the period it starts from, or null for "the latest figure before" (or for a span
 *                  given in years)
 * @param spanYears the length of a span given in years ("over the past three years"), else 0
 * @param strength  a word saying how much it moved ("sharply", "slightly"), or null
 */
public record TrendStatement(int line, String excerpt, String indicator, String subject, Direction direction,
    String word, Period target, Period since, int spanYears,
    StrengthWords.Bounds strength) {

  /** True for a trend over a span reaching the latest figure. */
  public boolean span() {
    return target == null;
  }
}
