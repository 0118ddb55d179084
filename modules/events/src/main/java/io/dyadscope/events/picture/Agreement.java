package io.dyadscope.events.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How two datasets agree on one monthly measure over the months both cover: Pearson's correlation
 * and the months where they differ most.
 *
 * @param measure     {@code fatalities} or {@code events}
 * @param first       first dataset
 * @param second      second dataset
 * @param months      months compared (both datasets' spans overlap there; a month without events is 0)
 * @param correlation Pearson's r, or NaN when either series is constant or fewer than 3 months
 * @param largest     the months with the largest absolute difference, largest first (at most 5)
 */
public record Agreement(String measure, String first, String second, int months, double correlation,
    List<MonthPair> largest) {

  public Agreement {
    largest = List.copyOf(largest);
  }

  /** One month's values in the two datasets. */
  public record MonthPair(String month, double first, double second) {
    public double difference() {
      return first - second;
    }
  }

  /** Compares two aligned monthly series. */
  public static Agreement of(String measure, String first, String second, List<MonthPair> series) {
    double r = pearson(series);
    List<MonthPair> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparingDouble((MonthPair p) -> -Math.abs(p.difference())).thenComparing(MonthPair::month));
    return new Agreement(measure, first, second, series.size(), r, sorted.subList(0, Math.min(5, sorted.size())));
  }

  /**
   * Every pair of datasets, in name order, over the months both span (a month without events is 0):
   * events always, fatalities too where neither is GDELT (which counts none). Both engines, the
   * embedded one and Spark, compute the picture's agreements here.
   *
   * @param monthly dataset to month ({@code YYYY-MM}) to {events (collapsed), fatalities or NaN}
   */
  public static List<Agreement> between(Map<String, ? extends SortedMap<String, double[]>> monthly) {
    List<Agreement> out = new ArrayList<>();
    List<String> names = new ArrayList<>(new java.util.TreeSet<>(monthly.keySet()));
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        SortedMap<String, double[]> x = monthly.get(names.get(i));
        SortedMap<String, double[]> y = monthly.get(names.get(j));
        String lo = x.firstKey().compareTo(y.firstKey()) >= 0 ? x.firstKey() : y.firstKey();
        String hi = x.lastKey().compareTo(y.lastKey()) <= 0 ? x.lastKey() : y.lastKey();
        if (lo.compareTo(hi) > 0) {
          continue;
        }
        boolean fatal = !names.get(i).equals("gdelt") && !names.get(j).equals("gdelt");
        for (int m = fatal ? 0 : 1; m < 2; m++) {
          int idx = m == 0 ? 1 : 0;
          List<MonthPair> series = new ArrayList<>();
          for (YearMonth ym = YearMonth.parse(lo); !ym.isAfter(YearMonth.parse(hi)); ym = ym.plusMonths(1)) {
            String key = ym.toString();
            series.add(new MonthPair(key, value(x.get(key), idx), value(y.get(key), idx)));
          }
          out.add(of(m == 0 ? "fatalities" : "events", names.get(i), names.get(j), series));
        }
      }
    }
    return out;
  }

  private static double value(double[] v, int idx) {
    return v == null || Double.isNaN(v[idx]) ? 0 : v[idx];
  }

  static double pearson(List<MonthPair> s) {
    int n = s.size();
    if (n < 3) {
      return Double.NaN;
    }
    double mx = s.stream().mapToDouble(MonthPair::first).average().orElse(0);
    double my = s.stream().mapToDouble(MonthPair::second).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (MonthPair p : s) {
      sxy += (p.first() - mx) * (p.second() - my);
      sxx += (p.first() - mx) * (p.first() - mx);
      syy += (p.second() - my) * (p.second() - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }
}
