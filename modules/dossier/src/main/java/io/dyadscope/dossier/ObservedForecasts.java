package io.dyadscope.dossier;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.ForecastMethods;
import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.MethodBacktest;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.primary.ObservedSeries;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forecast table of the observed series: for every series long enough for a backtest, the
 * forecast for the target with its intervals and the method the rolling-origin backtest chose, each
 * method's backtest error with the naive last-value forecast beside it, and how often the 80% and 95%
 * intervals held in the backtest ({@link MethodBacktest}). Each forecast states how many steps ahead
 * of its last observation it is.
 */
final class ObservedForecasts {

  record Parts(List<GridTable> table, List<String> horizons) {}

  private static final String NAIVE = ForecastMethods.lastValue().name();

  private ObservedForecasts() {}

  static Parts of(EvidenceIndex idx, Forecaster forecaster, Optional<Period> target, List<ObservedSeries> series,
      Map<String, Observation> byId) {
    if (target.isEmpty() || !target.get().isAnnual()) {
      return new Parts(List.of(), List.of());
    }
    Period t = target.get();
    List<List<String>> rows = new ArrayList<>();
    LinkedHashSet<String> cited = new LinkedHashSet<>();
    Map<Period, List<String>> byLast = new LinkedHashMap<>();
    for (ObservedSeries s : series) {
      if (s.size() < forecaster.options().minBacktestPoints() || s.last().period().compareTo(t) >= 0) {
        continue;
      }
      Optional<Indicator> ind = idx.indicator(s.indicator());
      double min = ind.map(Indicator::min).orElse(Double.NEGATIVE_INFINITY);
      double max = ind.map(Indicator::max).orElse(Double.POSITIVE_INFINITY);
      Outlook o = forecaster.forecast(s.toSeries(), t, min, max);
      if (!(o instanceof Forecast f)) {
        continue;
      }
      List<MethodBacktest> runs = forecaster.backtest(s.toSeries());
      MethodBacktest chosen = runs.stream().filter(r -> r.method().equals(f.method())).findFirst().orElse(null);
      MethodBacktest naive = runs.stream().filter(r -> r.method().equals(NAIVE)).findFirst().orElse(null);
      String unit = s.unit();
      String label = Prose.upperFirst(idx.label(s.indicator(), s.subject()));
      // the source leads the row: a series' name ("GDP growth (annual %)") read as a row label would pass for
      // a change between the rows above it
      rows.add(List.of(s.source(), label, s.last().period() + " (" + Prose.count(s.size(), "point") + ")",
          steps(s.last().period(), t), Figures.approxWithUnit(f.point(), unit),
          Figures.range(f.p80().lo(), f.p80().hi(), unit), Figures.range(f.p95().lo(), f.p95().hi(), unit),
          f.method(), errors(runs, f.method(), unit), naive == null ? "" : Figures.approxWithUnit(
              naive.meanAbsoluteError(), unit), held(chosen, true), held(chosen, false)));
      s.points().forEach(p -> cited.add(p.id()));
      byLast.computeIfAbsent(s.last().period(), k -> new ArrayList<>()).add(Prose.lowerFirst(label) + " ["
          + s.source() + "]");
    }
    if (rows.isEmpty()) {
      return new Parts(List.of(), List.of());
    }
    List<String> horizons = new ArrayList<>();
    byLast.forEach((last, what) -> horizons.add(t + " is " + words(t.ordinal() - last.ordinal()) + " ahead of the"
        + " last observation, " + last + ": " + String.join("; ", what) + "."));
    GridTable table = new GridTable("observed-forecasts", "Forecasts of the observed series for " + t
        + ", with their backtest", List.of("Source", "Series", "Last observed", "Steps ahead", "Forecast",
            "80% interval", "95% interval", "Method (chosen by backtest)", "Backtest error by method (MAE)",
            "Naive baseline (last value) MAE", "80% interval held in backtest", "95% interval held in backtest"),
        List.of(false, false, false, true, true, true, true, false, false, true, true, true), rows,
        List.of("Each method is scored by rolling-origin backtest on the series itself; the chosen method has the"
            + " smallest mean absolute error (MAE, in the series' unit). The interval columns say how many of the"
            + " chosen method's backtest forecasts fell inside the 80% and 95% intervals it would have drawn at the"
            + " time, from the errors known then: an honest interval holds about 80% and 95% of the time."),
        SourceLine.of(cited, idx, byId), "");
    return new Parts(List.of(table), horizons);
  }

  private static String errors(List<MethodBacktest> runs, String chosen, String unit) {
    return String.join("; ", runs.stream().map(r -> r.method() + (r.method().equals(chosen) ? " (chosen)" : "")
        + " " + Figures.approxWithUnit(r.meanAbsoluteError(), unit)).toList());
  }

  /** {@code 21 of 26 (81%)}, or {@code not judged} when no backtest forecast had enough earlier errors. */
  static String held(MethodBacktest b, boolean eighty) {
    if (b == null || b.judged() == 0) {
      return "not judged";
    }
    int held = eighty ? b.held80() : b.held95();
    return held + " of " + b.judged() + " (" + Figures.percent(100.0 * held / b.judged()) + ")";
  }

  private static String steps(Period last, Period target) {
    return Long.toString(target.ordinal() - last.ordinal());
  }

  private static final String[] WORDS = {"zero", "one step", "two steps", "three steps", "four steps", "five steps",
      "six steps", "seven steps", "eight steps", "nine steps", "ten steps"};

  /** {@code four steps}; digits from 11. */
  static String words(long steps) {
    return steps >= 1 && steps < WORDS.length ? WORDS[(int) steps] : steps + " steps";
  }
}
