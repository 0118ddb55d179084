package io.dyadscope.analysis.scoring;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A series with many sources: for each period, every fact with its source, the one the series
 * (and so any projection made from it) uses, and why.
 *
 * @param indicator catalogue id
 * @param subject   what it is about
 * @param periods   one entry per period with facts, in time order
 */
public record SourceView(String indicator, String subject, List<PeriodFacts> periods) {

  /**
   * The facts of one period.
   *
   * @param period the period
   * @param choice the facts ranked, the one used and the reason
   */
  public record PeriodFacts(Period period, SourcePreference.Choice choice) {
    public boolean manySources() {
      return choice.ranked().stream().map(Observation::source).distinct().count() > 1;
    }
  }

  public SourceView {
    periods = List.copyOf(periods);
  }

  /** The facts of {@code indicator} and {@code subject} among {@code observations}, by period. */
  public static SourceView of(String indicator, String subject, List<Observation> observations,
      Map<String, Source> sources, SourcePreference preference) {
    TreeMap<Period, List<Observation>> byPeriod = new TreeMap<>();
    for (Observation o : observations) {
      if (o.indicator().equals(indicator) && o.subject().equals(subject) && o.status().isFact()) {
        byPeriod.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
      }
    }
    List<PeriodFacts> out = new ArrayList<>();
    byPeriod.forEach((p, list) -> out.add(new PeriodFacts(p, preference.choose(list, sources))));
    return new SourceView(indicator, subject, out);
  }

  /** The chosen values as one observation a period: the series a projection should be made from. */
  public List<Observation> preferred() {
    return periods.stream().map(p -> p.choice().chosen()).toList();
  }

  /** True when any period has figures from more than one source. */
  public boolean hasManySources() {
    return periods.stream().anyMatch(PeriodFacts::manySources);
  }
}
