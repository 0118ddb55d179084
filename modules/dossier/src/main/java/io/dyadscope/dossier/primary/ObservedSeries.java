package io.dyadscope.dossier.primary;

import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One source's first-hand observed values of one indicator for one subject, year by year: what a
 * statistical office, an international organisation or an event dataset measured, as opposed to a
 * figure another document passed on.
 *
 * @param points one observation per year, in order; not empty
 */
public record ObservedSeries(String indicator, String subject, String source, List<Observation> points) {

  public ObservedSeries {
    points = List.copyOf(Objects.requireNonNull(points, "points"));
    if (points.isEmpty()) {
      throw new IllegalArgumentException("an observed series needs a point");
    }
  }

  /**
   * The observed series in {@code observations}: status observed, first-hand, yearly; one per indicator,
   * subject and source, ordered so; where a source gives a year twice the lower observation id is kept.
   */
  public static List<ObservedSeries> of(List<Observation> observations) {
    Map<String, TreeMap<Period, Observation>> grouped = new TreeMap<>();
    for (Observation o : observations) {
      if (o.status() != Status.OBSERVED || o.isSecondHand() || !o.period().isAnnual()) {
        continue;
      }
      grouped.computeIfAbsent(o.indicator() + "|" + o.subject() + "|" + o.source(), k -> new TreeMap<>())
          .merge(o.period(), o, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
    }
    List<ObservedSeries> out = new ArrayList<>();
    grouped.forEach((k, byPeriod) -> {
      Observation any = byPeriod.firstEntry().getValue();
      out.add(new ObservedSeries(any.indicator(), any.subject(), any.source(), new ArrayList<>(byPeriod.values())));
    });
    return List.copyOf(out);
  }

  public Observation first() {
    return points.get(0);
  }

  public Observation last() {
    return points.get(points.size() - 1);
  }

  public int size() {
    return points.size();
  }

  public String unit() {
    return first().unit();
  }

  /** The observation for {@code period}, if the source gives one. */
  public Optional<Observation> at(Period period) {
    return points.stream().filter(o -> o.period().equals(period)).findFirst();
  }

  /** The lowest and the highest value, earliest year first on ties. */
  public Observation lowest() {
    return points.stream().min(Comparator.comparingDouble(Observation::value)).orElseThrow();
  }

  public Observation highest() {
    return points.stream().max(Comparator.comparingDouble(Observation::value)
        .thenComparing(o -> o.period(), Comparator.reverseOrder())).orElseThrow();
  }

  /** The series for the analysis: every point cites its observation and source. */
  public Series toSeries() {
    return new Series(indicator, subject, points.stream()
        .map(o -> new Point(o.period(), o.value(), List.of(o.id()), List.of(o.source()))).toList());
  }
}
