package io.dyadscope.audit.check;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A report's claims by quantity (indicator and subject) and period, so that a check finds the
 * figure for a period, or the latest one before it, without scanning every claim.
 */
public final class ClaimIndex {

  private final Map<String, TreeMap<Period, List<Claim>>> series = new HashMap<>();

  public ClaimIndex(List<Claim> claims) {
    for (Claim c : claims) {
      if (c.period() != null) {
        series.computeIfAbsent(key(c.indicator(), c.subject()), k -> new TreeMap<>())
            .computeIfAbsent(c.period(), p -> new ArrayList<>()).add(c);
      }
    }
  }

  static String key(String indicator, String subject) {
    return indicator + "|" + subject;
  }

  /** The quantity's claims by period (empty when the report gives none). */
  public java.util.NavigableMap<Period, List<Claim>> series(String indicator, String subject) {
    TreeMap<Period, List<Claim>> s = series.get(key(indicator, subject));
    return s == null ? new TreeMap<>() : java.util.Collections.unmodifiableNavigableMap(s);
  }

  /** Claims of the quantity for exactly {@code period}. */
  public List<Claim> at(String indicator, String subject, Period period) {
    TreeMap<Period, List<Claim>> s = series.get(key(indicator, subject));
    return s == null ? List.of() : s.getOrDefault(period, List.of());
  }

  /** The most precisely written claim for {@code period} (narrowest rounding), or null. */
  public Claim best(String indicator, String subject, Period period) {
    return mostPrecise(at(indicator, subject, period));
  }

  /** The most precise claim of the latest period before {@code period}, or null. */
  public Claim latestBefore(String indicator, String subject, Period period) {
    return latestBefore(indicator, subject, period, false);
  }

  /**
   * The most precise claim of the latest period before {@code period}, or null; with
   * {@code preferText}, a claim of the running text wins over a table's for that period (a
   * sentence's "rose to X" is read against the text's own earlier figure).
   */
  public Claim latestBefore(String indicator, String subject, Period period, boolean preferText) {
    TreeMap<Period, List<Claim>> s = series.get(key(indicator, subject));
    if (s == null) {
      return null;
    }
    Map.Entry<Period, List<Claim>> e = s.lowerEntry(period);
    while (e != null && e.getKey().isAnnual() != period.isAnnual()) {
      e = s.lowerEntry(e.getKey());
    }
    if (e == null) {
      return null;
    }
    if (preferText) {
      Claim t = mostPrecise(e.getValue().stream().filter(c -> !c.inTable()).toList());
      if (t != null) {
        return t;
      }
    }
    return mostPrecise(e.getValue());
  }

  static Claim mostPrecise(List<Claim> claims) {
    Claim best = null;
    for (Claim c : claims) {
      boolean exactOverQualified = c.qualifier() == Qualifier.EXACT && best != null
          && best.qualifier() != Qualifier.EXACT;
      if (best == null || precision(c) < precision(best) || precision(c) == precision(best) && exactOverQualified) {
        best = c;
      }
    }
    return best;
  }

  private static double precision(Claim c) {
    return c.high() - c.low();
  }
}
