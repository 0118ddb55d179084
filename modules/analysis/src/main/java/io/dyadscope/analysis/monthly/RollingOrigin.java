package io.dyadscope.analysis.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation by rolling origin: at every month from {@code firstOrigin} on, each model is fitted on
 * the months before it only and forecasts the next {@code horizons} months; each forecast whose month
 * is in the series is scored (CRPS, ignorance, interval score, whether the central interval held the
 * outcome) and the scores are averaged per model and horizon. Deterministic: the same series and
 * options give the same numbers.
 */
public final class RollingOrigin {

  private RollingOrigin() {}

  public static Evaluation evaluate(MonthlySeries series, MonthlyOptions o) {
    Map<MonthlyModel, double[][]> sums = new EnumMap<>(MonthlyModel.class);
    for (MonthlyModel m : MonthlyModel.values()) {
      sums.put(m, new double[o.horizons()][5]);
    }
    double[] y = series.values();
    int origins = 0;
    for (int t = o.firstOrigin(); t < y.length; t++) {
      origins++;
      double[] history = series.head(t);
      List<Predictive> a = MonthlyModel.NO_CHANGE.forecast(history, o);
      List<Predictive> b = MonthlyModel.POISSON.forecast(history, o);
      List<Predictive> c = MonthlyModel.NEGATIVE_BINOMIAL.forecast(history, o);
      for (int h = 1; h <= o.horizons() && t + h - 1 < y.length; h++) {
        int outcome = (int) y[t + h - 1];
        Predictive e = Predictive.mixture(List.of(a.get(h - 1), b.get(h - 1), c.get(h - 1)));
        add(sums.get(MonthlyModel.NO_CHANGE)[h - 1], a.get(h - 1), outcome, o);
        add(sums.get(MonthlyModel.POISSON)[h - 1], b.get(h - 1), outcome, o);
        add(sums.get(MonthlyModel.NEGATIVE_BINOMIAL)[h - 1], c.get(h - 1), outcome, o);
        add(sums.get(MonthlyModel.ENSEMBLE)[h - 1], e, outcome, o);
      }
    }
    List<Evaluation.Score> rows = new ArrayList<>();
    for (MonthlyModel m : MonthlyModel.values()) {
      for (int h = 1; h <= o.horizons(); h++) {
        double[] s = sums.get(m)[h - 1];
        int n = (int) s[4];
        rows.add(new Evaluation.Score(m, h, n, n == 0 ? Double.NaN : s[0] / n, n == 0 ? Double.NaN : s[1] / n,
            n == 0 ? Double.NaN : s[2] / n, n == 0 ? Double.NaN : s[3] / n));
      }
    }
    YearMonth first = origins == 0 ? null : series.month(o.firstOrigin());
    return new Evaluation(series.label(), origins, first, series.end(), o, rows);
  }

  private static void add(double[] sum, Predictive f, int y, MonthlyOptions o) {
    sum[0] += Scores.crps(f, y);
    sum[1] += Scores.ignorance(f, y);
    int[] i = f.interval(o.level());
    sum[2] += Scores.intervalScore(i[0], i[1], o.alpha(), y);
    sum[3] += y >= i[0] && y <= i[1] ? 1 : 0;
    sum[4]++;
  }
}
