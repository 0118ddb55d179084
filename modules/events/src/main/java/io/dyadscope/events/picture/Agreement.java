package io.dyadscope.events.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
