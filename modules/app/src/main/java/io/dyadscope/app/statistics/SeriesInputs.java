package io.dyadscope.app.statistics;

import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.PeriodValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares observations for a series. Series are yearly or monthly; facts by quarter or day (a
 * user's deportations by day, say) are aggregated up to years by the indicator's combine rule,
 * one aggregate per source, and a year of a flow ({@code sum}) is kept only when complete.
 */
public final class SeriesInputs {

  private SeriesInputs() {}

  public static List<Observation> forSeries(Indicator indicator, List<Observation> observations) {
    List<Observation> out = new ArrayList<>();
    Map<String, Map<Period, Double>> fine = new LinkedHashMap<>();
    Map<String, Observation> example = new LinkedHashMap<>();
    for (Observation o : observations) {
      Period.Granularity g = o.period().granularity();
      boolean toAggregate = o.status().isFact() && (g == Period.Granularity.QUARTER || g == Period.Granularity.DAY)
          && indicator.combine() != Combine.FIXED;
      if (!toAggregate) {
        out.add(o);
        continue;
      }
      String key = String.join("|", o.subject(), o.source(), o.reportedBy(), o.status().word(), g.word());
      fine.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(o.period(), o.value());
      example.putIfAbsent(key, o);
    }
    fine.forEach((key, values) -> {
      Observation e = example.get(key);
      for (PeriodValues.Yearly y : PeriodValues.toYears(values, indicator.combine())) {
        if (y.complete()) {
          out.add(new Observation(e.indicator(), e.dyad(), e.subject(), y.year(), y.value(), e.unit(), e.status(),
              e.source(), e.reportedBy(), "aggregated from " + e.period().granularity().word() + "s",
              y.parts() + " " + e.period().granularity().word() + "s, " + indicator.combine().word()));
        }
      }
    });
    return out;
  }
}
