package io.dyadscope.evidence;

/**
 * How an indicator's values combine over time and across parts.
 *
 * <ul>
 *   <li>{@code SUM}: flows (trade, incidents): months add up to a year, parts to a total.
 *   <li>{@code LAST}: stocks (refugees registered): a year's value is its last month's.
 *   <li>{@code MEAN}: rates and shares (survey percentages): averaged, never added.
 *   <li>{@code FIXED}: one-off estimates (an initiative's investment): dated by when they were
 *       stated, so two values for one subject disagree whatever their periods.
 * </ul>
 */
public enum Combine implements Worded {
  SUM,
  LAST,
  MEAN,
  FIXED;

  public static Combine parse(String text) {
    return Labels.parse(values(), Combine::word, text, "combine rule");
  }
}
