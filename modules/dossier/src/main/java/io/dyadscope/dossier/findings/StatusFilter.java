package io.dyadscope.dossier.findings;

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
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown status filter '" + text + "' (expected fact, projection or any)");
    }
  }
}
