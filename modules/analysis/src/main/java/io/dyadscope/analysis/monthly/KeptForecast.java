package io.dyadscope.analysis.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A month's forecast kept before the month was observed: its distribution as the 1st to 99th
 * percentiles, the day it was made, the last month of data it was made from and that data's version.
 *
 * @param made        the day it was kept
 * @param model       the model's {@link MonthlyModel} name
 * @param origin      the last month of data it was made from
 * @param target      the month forecast
 * @param horizon     months after the origin
 * @param dataVersion the version of the data it was made from
 * @param mean        the distribution's mean
 * @param percentiles the 1st to 99th percentiles
 */
public record KeptForecast(LocalDate made, String model, YearMonth origin, YearMonth target, int horizon,
    String dataVersion, double mean, double[] percentiles) {

  /** The interval score's alpha: the kept central 90% interval runs from the 5th to the 95th percentile. */
  public static final double ALPHA = 0.10;

  public KeptForecast {
    percentiles = percentiles.clone();
    if (percentiles.length != 99) {
      throw new IllegalArgumentException("percentiles: " + percentiles.length + " values, expected 99");
    }
  }

  public double lo90() {
    return percentiles[4];
  }

  public double hi90() {
    return percentiles[94];
  }

  public double median() {
    return percentiles[49];
  }

  /** The model as written, e.g. {@code ensemble}. */
  public String modelLabel() {
    try {
      return MonthlyModel.valueOf(model).label();
    } catch (IllegalArgumentException e) {
      return model;
    }
  }

  /** A kept month beside what was later observed (NaN scores while it is not). */
  public record Outturn(KeptForecast kept, double observed, double crps, boolean inside90, double intervalScore) {
    public boolean scored() {
      return !Double.isNaN(observed);
    }
  }

  /**
   * Each kept month against {@code series}: scored where the series covers its month (CRPS of the 99
   * percentiles taken as equally likely values; inside the 90% interval; interval score).
   */
  public static List<Outturn> scored(List<KeptForecast> kept, MonthlySeries series) {
    List<Outturn> out = new ArrayList<>();
    for (KeptForecast k : kept) {
      double y = series.valueAt(k.target());
      if (Double.isNaN(y) || !k.target().isAfter(k.origin())) {
        out.add(new Outturn(k, Double.NaN, Double.NaN, false, Double.NaN));
        continue;
      }
      out.add(new Outturn(k, y, Scores.crps(Predictive.empirical(k.percentiles()), (int) y),
          y >= k.lo90() && y <= k.hi90(), Scores.intervalScore(k.lo90(), k.hi90(), ALPHA, y)));
    }
    return out;
  }
}
