package io.dyadscope.corpus.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed, computed
 * through the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": {@code alpha = 1 - (n - 1) * sum_{c!=k} o_ck / sum_{c!=k} n_c n_k}, where
 * each unit with {@code m_u >= 2} values adds {@code 1/(m_u - 1)} to {@code o_ck} for every ordered
 * pair of its values, and {@code n} is the number of pairable values.
 */
public final class KrippendorffAlpha {

  private KrippendorffAlpha() {}

  /**
   * Alpha of the reliability data: one list per unit holding each coder's value, null where a coder
   * gave none. Units with fewer than two values are not pairable and are left out. NaN when fewer
   * than two values are pairable or only one category occurs (no expected disagreement).
   */
  public static double nominal(List<List<String>> units) {
    Map<String, Integer> index = new HashMap<>();
    List<List<String>> pairable = new ArrayList<>();
    for (List<String> u : units) {
      List<String> values = u.stream().filter(java.util.Objects::nonNull).toList();
      if (values.size() >= 2) {
        pairable.add(values);
        values.forEach(v -> index.computeIfAbsent(v, k -> index.size()));
      }
    }
    int k = index.size();
    double[][] o = new double[k][k];
    for (List<String> values : pairable) {
      double w = 1.0 / (values.size() - 1);
      for (int i = 0; i < values.size(); i++) {
        for (int j = 0; j < values.size(); j++) {
          if (i != j) {
            o[index.get(values.get(i))][index.get(values.get(j))] += w;
          }
        }
      }
    }
    double[] nc = new double[k];
    double n = 0;
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        nc[c] += o[c][d];
      }
      n += nc[c];
    }
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        if (c != d) {
          observed += o[c][d];
          expected += nc[c] * nc[d];
        }
      }
    }
    if (n < 2 || expected == 0) {
      return Double.NaN;
    }
    return 1 - (n - 1) * observed / expected;
  }
}
