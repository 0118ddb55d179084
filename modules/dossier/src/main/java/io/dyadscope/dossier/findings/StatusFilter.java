package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.Labels;
import java.util.Locale;

/**
 * Which values a rule reads: facts only, published projections only, or facts where there are any
 * and projections otherwise.
 */
public enum StatusFilter {
  FACT,
  PROJECTION,
  ANY;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static StatusFilter parse(String text) {
    return Labels.parse(values(), StatusFilter::word, text, "status filter");
  }
}
