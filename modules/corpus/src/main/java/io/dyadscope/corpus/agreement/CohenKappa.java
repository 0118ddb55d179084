package io.dyadscope.corpus.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cohen's kappa for two coders who each assigned one category to the same items (Cohen 1960):
 * {@code (po - pe) / (1 - pe)}, with {@code po} the share of items on which they agree and
 * {@code pe} the agreement expected from each coder's own category shares.
 */
public final class CohenKappa {

  private CohenKappa() {}

  /**
   * Kappa of two equally long lists of categories (item i is {@code a.get(i)} and {@code b.get(i)}).
   * NaN when expected agreement is 1 (both coders used one and the same category throughout).
   */
  public static double of(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("kappa needs the same items from both coders: " + a.size() + " vs " + b.size());
    }
    int n = a.size();
    if (n == 0) {
      return Double.NaN;
    }
    Map<String, Integer> ca = new HashMap<>();
    Map<String, Integer> cb = new HashMap<>();
    int agree = 0;
    for (int i = 0; i < n; i++) {
      if (a.get(i).equals(b.get(i))) {
        agree++;
      }
      ca.merge(a.get(i), 1, Integer::sum);
      cb.merge(b.get(i), 1, Integer::sum);
    }
    Set<String> cats = new HashSet<>(ca.keySet());
    cats.addAll(cb.keySet());
    double pe = 0;
    for (String c : cats) {
      pe += (ca.getOrDefault(c, 0) / (double) n) * (cb.getOrDefault(c, 0) / (double) n);
    }
    double po = agree / (double) n;
    return pe == 1.0 ? Double.NaN : (po - pe) / (1 - pe);
  }

  /** Kappa of a 2x2 table: both present, only A, only B, neither. */
  public static double binary(int both, int onlyA, int onlyB, int neither) {
    double n = both + onlyA + onlyB + neither;
    if (n == 0) {
      return Double.NaN;
    }
    double po = (both + neither) / n;
    double pe = ((both + onlyA) / n) * ((both + onlyB) / n) + ((onlyB + neither) / n) * ((onlyA + neither) / n);
    return pe == 1.0 ? Double.NaN : (po - pe) / (1 - pe);
  }
}
