package io.dyadscope.analysis;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Precision;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Turns the observations of one indicator and subject into a {@link Series} of facts.
 *
 * <p>Only facts (observed or reported values) become points; projections are handed back apart.
 * Several facts for one period (from different sources, or from different places of one source)
 * collapse into one point whose value is that of the preferred fact:
 * <ol>
 *   <li>the better-graded source ({@link Grade#betterThan}; a source missing from the map counts as F),</li>
 *   <li>then the more precise value (smaller {@link Precision#halfUnit}),</li>
 *   <li>then the more recent source year,</li>
 *   <li>then the lower observation id, so that the choice never depends on input order.</li>
 * </ol>
 * The point cites every fact that agrees with the chosen value ({@link Precision#agree}). When some
 * do not, the point cites only the agreeing ones and a {@link Disagreement} records them all.
 *
 * <p>A series is annual or monthly, never both. When an indicator and subject have annual and
 * monthly facts, the annual ones win and the monthly facts are left out of the series: annual
 * figures are what publications compare, and monthly ones are often partial-year counts.
 */
public final class SeriesBuilder {

  private final Map<String, Source> sourcesById;

  /** @param sourcesById sources by id, used to rank and describe the facts */
  public SeriesBuilder(Map<String, Source> sourcesById) {
    this.sourcesById = Map.copyOf(Objects.requireNonNull(sourcesById, "sourcesById"));
  }

  /**
   * The facts of {@code indicator} for {@code subject}, one point per period. Observations of other
   * indicators or subjects are ignored; projections of this indicator and subject are returned in
   * {@link SeriesResult#projections()}.
   */
  public SeriesResult build(String indicator, String subject, Collection<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    String ind = Series.requireText(indicator, "indicator");
    String sub = Series.requireText(subject, "subject");
    List<Observation> projections = new ArrayList<>();
    TreeMap<Period, List<Observation>> annual = new TreeMap<>();
    TreeMap<Period, List<Observation>> monthly = new TreeMap<>();
    for (Observation o : observations) {
      if (!o.indicator().equals(ind) || !o.subject().equals(sub)) {
        continue;
      }
      if (!o.status().isFact()) {
        projections.add(o);
      } else {
        (o.period().isAnnual() ? annual : monthly).computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
      }
    }
    projections.sort(Comparator.comparing(Observation::period).thenComparing(Observation::id));

    List<Point> points = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    for (Map.Entry<Period, List<Observation>> e : (annual.isEmpty() ? monthly : annual).entrySet()) {
      List<Observation> ranked = new ArrayList<>(e.getValue());
      ranked.sort(preference(sourcesById));
      Observation chosen = ranked.get(0);
      List<String> observationIds = new ArrayList<>();
      Set<String> sourceIds = new LinkedHashSet<>();
      for (Observation o : ranked) {
        if (Precision.agree(o.value(), chosen.value())) {
          observationIds.add(o.id());
          sourceIds.add(o.source());
        }
      }
      points.add(new Point(e.getKey(), chosen.value(), observationIds, new ArrayList<>(sourceIds)));
      if (observationIds.size() < ranked.size()) {
        disagreements.add(new Disagreement(ind, sub, e.getKey(), ranked, chosen, reason(ranked)));
      }
    }
    return new SeriesResult(new Series(ind, sub, points), disagreements, projections);
  }

  /**
   * The order in which several values for one thing are preferred: better-graded source, more
   * precise value, more recent source, lower id. A source missing from {@code sourcesById} ranks as
   * grade F of year 0.
   */
  public static Comparator<Observation> preference(Map<String, Source> sourcesById) {
    Function<Observation, Grade> grade = o -> {
      Source s = sourcesById.get(o.source());
      return s == null ? Grade.F : s.grade();
    };
    ToIntFunction<Observation> year = o -> {
      Source s = sourcesById.get(o.source());
      return s == null ? 0 : s.year();
    };
    return Comparator.comparing(grade).thenComparingDouble(o -> Precision.halfUnit(o.value()))
        .thenComparing(Comparator.comparingInt(year).reversed()).thenComparing(Observation::id);
  }

  /** "2 values: 1900 (World Bank 2023) vs 2400 (State Bank of Pakistan 2023)", preferred value first. */
  private String reason(List<Observation> ranked) {
    Map<Double, Set<String>> citationsByValue = new LinkedHashMap<>();
    for (Observation o : ranked) {
      Source s = sourcesById.get(o.source());
      citationsByValue.computeIfAbsent(o.value(), v -> new LinkedHashSet<>())
          .add(s == null ? o.source() : s.shortCitation());
    }
    List<String> parts = new ArrayList<>();
    citationsByValue.forEach((v, citations) -> parts.add(Figures.exact(v) + " (" + String.join(", ", citations) + ")"));
    return parts.size() + " values: " + String.join(" vs ", parts);
  }
}
