package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.Labels;
import java.util.Locale;

/**
 * The generic computations a finding rule can ask for.
 *
 * <ul>
 *   <li>{@code PATH}: the successive changes of one indicator's series for one subject.
 *   <li>{@code COMPARE}: one indicator for the dyad's two countries in the latest period both have.
 *   <li>{@code BREAKDOWN}: one or more indicators over the provinces, initiatives or countries that
 *       have values, with totals and the sum of shares.
 *   <li>{@code PARTS}: a whole (e.g. all incidents) and the indicators that make it up, for one
 *       subject in one period.
 *   <li>{@code PROJECTION}: a published projection beside Dyadscope's own forecast for the same period.
 *   <li>{@code DISAGREEMENT}: figures stated more than once whose values do not agree.
 * </ul>
 */
public enum RuleKind {
  PATH,
  COMPARE,
  BREAKDOWN,
  PARTS,
  PROJECTION,
  DISAGREEMENT;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RuleKind parse(String text) {
    return Labels.parse(values(), RuleKind::word, text, "finding kind");
  }
}
