package io.dyadscope.store;

/**
 * A figure an audited document states, as the audit read it. Text fields the audit could not
 * determine are empty, never null.
 *
 * @param line      1-based line of the document the claim stands on
 * @param excerpt   the words of the document that state it
 * @param indicator catalogue id the claim was matched to
 * @param subject   subject code, or empty
 * @param period    period as written by {@link io.dyadscope.evidence.Period#toString()}, or empty
 * @param value     the stated number, in {@code unit}
 * @param unit      unit of the value, or empty
 * @param status    observed, reported or projection, or empty
 */
public record SavedClaim(int line, String excerpt, String indicator, String subject, String period,
    double value, String unit, String status) {

  public SavedClaim {
    if (line < 1) {
      throw new IllegalArgumentException("claim line must be at least 1: " + line);
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("claim value is not a finite number: " + value);
    }
    excerpt = orEmpty(excerpt);
    indicator = orEmpty(indicator);
    subject = orEmpty(subject);
    period = orEmpty(period);
    unit = orEmpty(unit);
    status = orEmpty(status);
  }

  static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
