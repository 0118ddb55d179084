package io.dyadscope.analysis;

import java.util.ArrayList;
import java.util.List;

/** Judges the intervals of a backtest out of sample (see {@link MethodBacktest}). */
final class BacktestCoverage {

  /** Fewest earlier errors an interval is drawn from before a forecast is judged. */
  static final int MIN_EARLIER = 3;

  private BacktestCoverage() {}

  static MethodBacktest of(String method, Forecaster.Backtest run) {
    int n = run.errors().size();
    int judged = 0;
    int held80 = 0;
    int held95 = 0;
    for (int j = 0; j < n; j++) {
      double scale = scaleAt(run, j);
      if (Double.isNaN(scale)) {
        continue;
      }
      judged++;
      double e = Math.abs(run.errors().get(j));
      double slack = 1e-9 * Math.max(1, e);
      if (e <= Forecaster.Z80 * scale + slack) {
        held80++;
      }
      if (e <= Forecaster.Z95 * scale + slack) {
        held95++;
      }
    }
    return new MethodBacktest(method, n, run.meanAbsoluteError(), judged, held80, held95);
  }

  /** The interval scale the forecaster would have used for error {@code j} from the errors known then; NaN if too few. */
  private static double scaleAt(Forecaster.Backtest run, int j) {
    int origin = run.origins().get(j);
    double step = run.steps().get(j);
    List<Double> atStep = new ArrayList<>();
    double shortest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < run.errors().size(); i++) {
      if (run.targets().get(i) < origin) {
        shortest = Math.min(shortest, run.steps().get(i));
        if (run.steps().get(i) == step) {
          atStep.add(run.errors().get(i));
        }
      }
    }
    if (atStep.size() >= MIN_EARLIER) {
      return Forecaster.rootMeanSquare(atStep);
    }
    List<Double> atShortest = new ArrayList<>();
    for (int i = 0; i < run.errors().size(); i++) {
      if (run.targets().get(i) < origin && run.steps().get(i) == shortest) {
        atShortest.add(run.errors().get(i));
      }
    }
    return atShortest.size() >= MIN_EARLIER ? Forecaster.rootMeanSquare(atShortest) * Math.sqrt(step / shortest)
        : Double.NaN;
  }
}
