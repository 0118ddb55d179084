package io.dyadscope.analysis.scoring;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outturn scorecard: every projection whose period has since been observed, scored against the
 * observed value (error, percent error, inside its interval or not), and which forecaster did better.
 * Forecasters are compared by mean absolute percent error, which puts indicators of different units
 * on one scale; where two forecasters projected the same targets, the head-to-head count is given too.
 *
 * @param rows    each scored projection, by target then forecaster
 * @param ranking forecasters, best (lowest mean absolute percent error) first
 * @param verdict one sentence on which forecaster did better, or why none can be named
 */
public record Scorecard(List<ScoredProjection> rows, List<ForecasterScore> ranking, String verdict) {

  public Scorecard {
    rows = List.copyOf(rows);
    ranking = List.copyOf(ranking);
  }

  /** Scores {@code projections} against {@code outturns}; projections without an outturn are left out. */
  public static Scorecard score(List<Projection> projections, List<Outturn> outturns) {
    Map<String, Outturn> byTarget = new LinkedHashMap<>();
    outturns.forEach(o -> byTarget.put(o.target(), o));
    List<ScoredProjection> rows = new ArrayList<>();
    for (Projection p : projections) {
      Outturn o = byTarget.get(p.target());
      if (o != null) {
        rows.add(ScoredProjection.of(p, o));
      }
    }
    rows.sort(Comparator.comparing((ScoredProjection r) -> r.projection().indicator())
        .thenComparing(r -> r.projection().subject()).thenComparing(r -> r.projection().period())
        .thenComparing(r -> r.projection().forecaster()));
    Map<String, List<ScoredProjection>> byForecaster = new TreeMap<>();
    rows.forEach(r -> byForecaster.computeIfAbsent(r.projection().forecaster(), f -> new ArrayList<>()).add(r));
    List<ForecasterScore> ranking = new ArrayList<>();
    byForecaster.forEach((f, list) -> {
      double mape = list.stream().filter(r -> !Double.isNaN(r.percentError())).mapToDouble(r -> Math.abs(r.percentError()))
          .average().orElse(Double.NaN);
      int withInterval = (int) list.stream().filter(r -> r.inside80().isPresent()).count();
      int inside = (int) list.stream().filter(r -> r.inside80().orElse(false)).count();
      ranking.add(new ForecasterScore(f, list.size(), mape, withInterval, inside));
    });
    ranking.sort(Comparator.comparingDouble((ForecasterScore s) -> Double.isNaN(s.meanAbsolutePercentError())
        ? Double.MAX_VALUE : s.meanAbsolutePercentError()).thenComparing(ForecasterScore::forecaster));
    return new Scorecard(rows, ranking, verdict(rows, ranking));
  }

  /**
   * Scores the projections among {@code observations} (status projection; the forecaster is the
   * source) and any {@code extra} ones (Dyadscope's own, kept from earlier runs) against the facts
   * for the same targets, the fact for each target chosen by {@code preference}.
   */
  public static Scorecard fromObservations(List<Observation> observations, List<Projection> extra,
      Map<String, Source> sources, SourcePreference preference) {
    List<Projection> projections = new ArrayList<>(extra);
    Map<String, List<Observation>> facts = new LinkedHashMap<>();
    for (Observation o : observations) {
      String target = o.indicator() + "|" + o.subject() + "|" + o.period();
      if (o.status().isFact()) {
        facts.computeIfAbsent(target, t -> new ArrayList<>()).add(o);
      } else {
        projections.add(new Projection(o.source(), o.indicator(), o.subject(), o.period(), o.value(), Optional.empty()));
      }
    }
    List<Outturn> outturns = new ArrayList<>();
    facts.forEach((t, list) -> {
      SourcePreference.Choice c = preference.choose(list, sources);
      Observation o = c.chosen();
      outturns.add(new Outturn(o.indicator(), o.subject(), o.period(), o.value(), o.source(), c.reason()));
    });
    return score(projections, outturns);
  }

  private static String verdict(List<ScoredProjection> rows, List<ForecasterScore> ranking) {
    if (rows.isEmpty()) {
      return "No projection can be scored yet: none of the projected periods has an observed value.";
    }
    if (ranking.size() == 1) {
      ForecasterScore s = ranking.get(0);
      return "Only " + s.forecaster() + " can be scored (" + s.scored() + " projection" + (s.scored() == 1 ? "" : "s")
          + ", mean absolute error " + pct(s.meanAbsolutePercentError()) + "): no other forecaster to compare with.";
    }
    ForecasterScore best = ranking.get(0);
    ForecasterScore next = ranking.get(1);
    StringBuilder b = new StringBuilder(best.forecaster()).append(" did better: mean absolute error ")
        .append(pct(best.meanAbsolutePercentError())).append(" over ").append(best.scored()).append(" projection")
        .append(best.scored() == 1 ? "" : "s").append(", against ").append(pct(next.meanAbsolutePercentError()))
        .append(" for ").append(next.forecaster()).append(" over ").append(next.scored());
    int[] h2h = headToHead(rows, best.forecaster(), next.forecaster());
    if (h2h[0] + h2h[1] > 0) {
      b.append("; on the ").append(h2h[0] + h2h[1]).append(" targets both projected, ").append(best.forecaster())
          .append(" was closer ").append(h2h[0]).append(" time").append(h2h[0] == 1 ? "" : "s");
    }
    return b.append('.').toString();
  }

  private static int[] headToHead(List<ScoredProjection> rows, String a, String b) {
    Map<String, Double> errA = new LinkedHashMap<>();
    Map<String, Double> errB = new LinkedHashMap<>();
    for (ScoredProjection r : rows) {
      if (r.projection().forecaster().equals(a)) {
        errA.put(r.projection().target(), Math.abs(r.error()));
      } else if (r.projection().forecaster().equals(b)) {
        errB.put(r.projection().target(), Math.abs(r.error()));
      }
    }
    int[] wins = new int[2];
    errA.forEach((t, e) -> {
      Double other = errB.get(t);
      if (other != null) {
        wins[e <= other ? 0 : 1]++;
      }
    });
    return wins;
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "n/a" : Figures.fixed(v, 1) + "%";
  }
}
