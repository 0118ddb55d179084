package io.dyadscope.analysis;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Projects a {@link Series} to a later period, with prediction intervals and an honest account of
 * how much the projection is worth.
 *
 * <ul>
 *   <li>Fewer than 2 points: {@link NoForecast}.</li>
 *   <li>2 points up to {@code minBacktestPoints - 1}: the last value, LOW confidence. The series is
 *       treated as a random walk: sigma² is the mean over consecutive points of dy²/dt (dt the gap in
 *       period ordinals), and the half-width of the interval h periods ahead is
 *       q · sigma · √h with q the Student t quantile (df = n - 1) at 0.90 and 0.975.</li>
 *   <li>{@code minBacktestPoints} or more: a rolling-origin backtest. For every origin k from
 *       {@code minTrain} to n - 1 each method is fitted on the first k points and forecasts points
 *       k to min(k + maxHorizon, n) - 1. The method with the lowest mean absolute error wins (ties go
 *       to the earlier method). Its interval comes from its backtest errors at the target's horizon:
 *       their root mean square when there are at least 3 of them, else the root mean square of the
 *       errors at the shortest horizon (one period for a series without gaps) scaled by
 *       √(h / that horizon); multipliers 1.2816 (80%) and 1.96 (95%). Confidence MODERATE below
 *       10 points, HIGH from 10.</li>
 * </ul>
 * Horizons are measured in period ordinals (years for annual series, months for monthly ones).
 * Point and interval bounds are finally clamped into the indicator's valid range.
 */
public final class Forecaster {

  static final double Z80 = 1.2816;
  static final double Z95 = 1.96;
  private static final int HIGH_CONFIDENCE_POINTS = 10;

  private final ForecastOptions options;
  private final List<ForecastMethod> methods;

  /** @param methods candidate methods, at least one, distinct names; earlier ones win ties */
  public Forecaster(ForecastOptions options, List<ForecastMethod> methods) {
    this.options = Objects.requireNonNull(options, "options");
    this.methods = List.copyOf(Objects.requireNonNull(methods, "methods"));
    if (this.methods.isEmpty()) {
      throw new IllegalArgumentException("a forecaster needs at least one method");
    }
    Set<String> names = new HashSet<>();
    for (ForecastMethod m : this.methods) {
      if (!names.add(m.name())) {
        throw new IllegalArgumentException("two forecast methods are called '" + m.name() + "'");
      }
    }
  }

  /** The settings this forecaster works with. */
  public ForecastOptions options() {
    return options;
  }

  /** The names of its candidate methods, in the order that breaks backtest ties. */
  public List<String> methodNames() {
    return methods.stream().map(ForecastMethod::name).toList();
  }

  /**
   * What this forecaster does, in plain sentences generated from its own options and methods, so a
   * report can state its method without retyping (and drifting from) the code above.
   */
  public List<String> describe() {
    int backtest = options.minBacktestPoints();
    String names = methodNames().size() == 1 ? methodNames().get(0)
        : String.join(", ", methodNames().subList(0, methodNames().size() - 1)) + " and "
            + methodNames().get(methodNames().size() - 1);
    return List.of(
        "A series with a single point gets no forecast.",
        "With 2 to " + (backtest - 1) + " points the forecast is the " + ForecastMethods.lastValue().name()
            + ", and its interval comes from the spread of past changes scaled by Student's t (low confidence).",
        "From " + backtest + " points, " + names + " are compared in a rolling-origin backtest (trained on at least "
            + options.minTrain() + " points, scored up to " + options.maxHorizon() + " steps ahead); the method with"
            + " the smallest mean absolute error is used, and its 80% and 95% intervals come from its own backtest"
            + " errors (moderate confidence below " + HIGH_CONFIDENCE_POINTS + " points, high from "
            + HIGH_CONFIDENCE_POINTS + ").",
        "Points and intervals are clipped to the values the indicator allows.");
  }

  /** Default options and the standard methods (last value, linear trend, damped trend). */
  public static Forecaster standard() {
    return new Forecaster(ForecastOptions.defaults(), ForecastMethods.standard());
  }

  /**
   * The outlook for {@code series} at {@code target}.
   *
   * @param min smallest valid value of the indicator ({@code Double.NEGATIVE_INFINITY} when unbounded)
   * @param max largest valid value of the indicator ({@code Double.POSITIVE_INFINITY} when unbounded)
   * @throws IllegalArgumentException when the target is not after the last point, or is annual
   *                                  for a monthly series or the reverse
   */
  public Outlook forecast(Series series, Period target, double min, double max) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(target, "target");
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException("not a valid range: [" + min + ", " + max + "]");
    }
    String ind = series.indicator();
    String sub = series.subject();
    if (series.isEmpty()) {
      return new NoForecast(ind, sub, target, "no points: no basis for a projection");
    }
    Period last = series.last().period();
    if (target.isAnnual() != last.isAnnual()) {
      throw new IllegalArgumentException("target " + target + " is " + granularity(target) + " but the series "
          + ind + "/" + sub + " is " + granularity(last));
    }
    if (target.compareTo(last) <= 0) {
      throw new IllegalArgumentException("target " + target + " is not after the last point " + last
          + " of " + ind + "/" + sub);
    }
    int n = series.size();
    if (n == 1) {
      return new NoForecast(ind, sub, target, "one point (" + last + "): no basis for a projection");
    }
    return n < options.minBacktestPoints()
        ? randomWalk(series, target, min, max)
        : backtested(series, target, min, max);
  }

  private Forecast randomWalk(Series series, Period target, double min, double max) {
    int n = series.size();
    double[] t = series.times();
    double[] y = series.values();
    double sumSquares = 0;
    for (int i = 1; i < n; i++) {
      double dy = y[i] - y[i - 1];
      sumSquares += dy * dy / (t[i] - t[i - 1]);
    }
    double sigma = Math.sqrt(sumSquares / (n - 1));
    double h = target.ordinal() - series.last().period().ordinal();
    TDistribution student = new TDistribution(null, n - 1, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    double spread = sigma * Math.sqrt(h);
    double point = y[n - 1];
    String basis = n + " points, too few for a backtest (needs " + options.minBacktestPoints()
        + "): last value, interval from the spread of past changes";
    return make(series, target, point, student.inverseCumulativeProbability(0.90) * spread,
        student.inverseCumulativeProbability(0.975) * spread, ForecastMethods.lastValue().name(),
        Confidence.LOW, basis, Map.of(), min, max);
  }

  private Forecast backtested(Series series, Period target, double min, double max) {
    int n = series.size();
    double[] t = series.times();
    double[] y = series.values();
    Map<String, Double> scores = new LinkedHashMap<>();
    ForecastMethod best = null;
    Backtest bestRun = null;
    for (ForecastMethod m : methods) {
      Backtest run = Backtest.run(m, t, y, options);
      scores.put(m.name(), run.meanAbsoluteError());
      if (bestRun == null || run.meanAbsoluteError() < bestRun.meanAbsoluteError()) {
        best = m;
        bestRun = run;
      }
    }
    double h = target.ordinal() - series.last().period().ordinal();
    List<Double> atHorizon = bestRun.errorsAt(h);
    double scale;
    String intervalFrom;
    if (atHorizon.size() >= 3) {
      scale = rootMeanSquare(atHorizon);
      intervalFrom = "its " + atHorizon.size() + " backtest errors " + steps(h) + " ahead";
    } else {
      double shortest = bestRun.shortestStep();
      scale = rootMeanSquare(bestRun.errorsAt(shortest)) * Math.sqrt(h / shortest);
      intervalFrom = "its " + (shortest == 1 ? "one-step" : Math.round(shortest) + "-step")
          + " backtest errors scaled to " + steps(h) + " ahead";
    }
    double point = best.forecast(t, y, new double[] {target.ordinal()})[0];
    Confidence confidence = n >= HIGH_CONFIDENCE_POINTS ? Confidence.HIGH : Confidence.MODERATE;
    String basis = n + " points, rolling-origin backtest of " + methods.size() + " methods: " + best.name()
        + " had the lowest mean absolute error (" + Figures.significant(bestRun.meanAbsoluteError(), 3)
        + "), interval from " + intervalFrom;
    return make(series, target, point, Z80 * scale, Z95 * scale, best.name(), confidence, basis, scores,
        min, max);
  }

  /**
   * Every candidate method's rolling-origin backtest on {@code series}: its mean absolute error and
   * how often the intervals it would have drawn held ({@link MethodBacktest}); empty when the series
   * has fewer than {@code minBacktestPoints} points.
   */
  public List<MethodBacktest> backtest(Series series) {
    Objects.requireNonNull(series, "series");
    if (series.size() < options.minBacktestPoints()) {
      return List.of();
    }
    List<MethodBacktest> out = new ArrayList<>();
    for (ForecastMethod m : methods) {
      out.add(BacktestCoverage.of(m.name(), Backtest.run(m, series.times(), series.values(), options)));
    }
    return List.copyOf(out);
  }

  private static Forecast make(Series series, Period target, double point, double half80, double half95,
      String method, Confidence confidence, String basis, Map<String, Double> scores, double min, double max) {
    Interval p80 = new Interval(point - half80, point + half80).clamp(min, max);
    Interval p95 = new Interval(point - half95, point + half95).clamp(min, max);
    double clamped = Math.min(Math.max(point, min), max);
    return new Forecast(series.indicator(), series.subject(), target, clamped, p80, p95, method, confidence,
        basis, scores, series.size());
  }

  static double rootMeanSquare(List<Double> errors) {
    double sum = 0;
    for (double e : errors) {
      sum += e * e;
    }
    return Math.sqrt(sum / errors.size());
  }

  private static String steps(double h) {
    long whole = Math.round(h);
    return whole + (whole == 1 ? " step" : " steps");
  }

  private static String granularity(Period p) {
    return p.isAnnual() ? "annual" : "monthly";
  }

  /**
   * Rolling-origin forecast errors of one method.
   *
   * @param steps   for each error, the distance in period ordinals from the origin's last training point
   * @param errors  actual minus forecast
   * @param origins for each error, the number of points the method was trained on (the origin k)
   * @param targets for each error, the index of the point it forecast
   */
  record Backtest(List<Double> steps, List<Double> errors, List<Integer> origins, List<Integer> targets) {

    static Backtest run(ForecastMethod method, double[] t, double[] y, ForecastOptions options) {
      List<Double> steps = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      List<Integer> origins = new ArrayList<>();
      List<Integer> targets = new ArrayList<>();
      int n = t.length;
      for (int k = options.minTrain(); k < n; k++) {
        int end = Math.min(k + options.maxHorizon(), n);
        double[] future = Arrays.copyOfRange(t, k, end);
        double[] predicted = method.forecast(Arrays.copyOf(t, k), Arrays.copyOf(y, k), future);
        for (int i = k; i < end; i++) {
          steps.add(t[i] - t[k - 1]);
          errors.add(y[i] - predicted[i - k]);
          origins.add(k);
          targets.add(i);
        }
      }
      return new Backtest(List.copyOf(steps), List.copyOf(errors), List.copyOf(origins), List.copyOf(targets));
    }

    double meanAbsoluteError() {
      double sum = 0;
      for (double e : errors) {
        sum += Math.abs(e);
      }
      return sum / errors.size();
    }

    List<Double> errorsAt(double step) {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i) == step) {
          out.add(errors.get(i));
        }
      }
      return out;
    }

    double shortestStep() {
      double s = Double.POSITIVE_INFINITY;
      for (double step : steps) {
        s = Math.min(s, step);
      }
      return s;
    }
  }
}
