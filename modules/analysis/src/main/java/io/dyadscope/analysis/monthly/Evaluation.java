package io.dyadscope.analysis.monthly;

import io.dyadscope.evidence.text.Figures;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * The rolling-origin record of every model: mean scores per model and horizon.
 *
 * @param label   the series evaluated
 * @param origins how many origins (months forecast from)
 * @param first   the first origin's month (the first month forecast), or null with no origin
 * @param last    the series' last month
 * @param options the settings used
 * @param scores  one per model and horizon, models in {@link MonthlyModel} order, horizons ascending
 */
public record Evaluation(String label, int origins, YearMonth first, YearMonth last, MonthlyOptions options,
    List<Score> scores) {

  public Evaluation {
    scores = List.copyOf(scores);
  }

  /**
   * @param model     the model
   * @param horizon   months ahead
   * @param forecasts how many forecasts were scored
   * @param crps      mean CRPS (count units)
   * @param ignorance mean ignorance (bits)
   * @param interval  mean interval score of the central interval
   * @param coverage  share of outcomes inside that interval (0 to 1)
   */
  public record Score(MonthlyModel model, int horizon, int forecasts, double crps, double ignorance,
      double interval, double coverage) {}

  /** True when no forecast could be scored (a series no longer than the first origin). */
  public boolean isEmpty() {
    return scores.stream().allMatch(s -> s.forecasts() == 0);
  }

  public Score score(MonthlyModel m, int horizon) {
    return scores.stream().filter(s -> s.model() == m && s.horizon() == horizon).findFirst().orElseThrow();
  }

  /** Mean over horizons of the model's mean CRPS. */
  public double meanCrps(MonthlyModel m) {
    return scores.stream().filter(s -> s.model() == m).mapToDouble(Score::crps).average().orElse(Double.NaN);
  }

  /** Mean over horizons of the share of outcomes inside the model's central interval. */
  public double meanCoverage(MonthlyModel m) {
    return scores.stream().filter(s -> s.model() == m).mapToDouble(Score::coverage).average().orElse(Double.NaN);
  }

  /**
   * CRPS skill against {@code baseline} at {@code horizon}: {@code 1 - crps / crps(baseline)};
   * positive when the model does better, NaN when the baseline scored 0.
   */
  public double skill(MonthlyModel m, MonthlyModel baseline, int horizon) {
    double b = score(baseline, horizon).crps();
    return b == 0 ? Double.NaN : 1 - score(m, horizon).crps() / b;
  }

  /** {@link #skill} over all horizons' mean CRPS. */
  public double meanSkill(MonthlyModel m, MonthlyModel baseline) {
    double b = meanCrps(baseline);
    return b == 0 ? Double.NaN : 1 - meanCrps(m) / b;
  }

  /** The model with the lowest mean CRPS over the horizons; ties go to the earlier (simpler) model. */
  public MonthlyModel best() {
    return List.of(MonthlyModel.values()).stream().filter(m -> !Double.isNaN(meanCrps(m)))
        .min(Comparator.comparingDouble(this::meanCrps)).orElse(MonthlyModel.NO_CHANGE);
  }

  /** One plain sentence on what the record says about trusting the best model's forecasts. */
  public String sentence() {
    if (isEmpty()) {
      return "The series is too short to test the forecasts (" + options.firstOrigin()
          + " months are needed before the first one): treat them as untested.";
    }
    MonthlyModel m = best();
    int level = (int) Math.round(options.level() * 100);
    double coverage = meanCoverage(m);
    String record = "Over " + Figures.count(origins) + " monthly origins (" + first + " to " + last + "), ";
    if (m.baseline()) {
      return record + "no model forecast better than the " + m.label() + " baseline (lowest mean CRPS one to "
          + options.horizons() + " months ahead, " + Figures.percent(coverage * 100) + " of outcomes inside its "
          + level + "% interval): the fan is as good a guide as the simplest rule and no better.";
    }
    double vsNoChange = meanSkill(m, MonthlyModel.NO_CHANGE) * 100;
    double vsPoisson = meanSkill(m, MonthlyModel.POISSON) * 100;
    boolean calibrated = coverage >= options.level() - 0.10 && coverage <= Math.min(1, options.level() + 0.08);
    return record + "the " + m.label() + " model's mean CRPS one to " + options.horizons() + " months ahead was "
        + Figures.percentMagnitude(vsNoChange) + " lower than the no-change baseline's and "
        + Figures.percentMagnitude(vsPoisson) + " lower than the Poisson baseline's, and its " + level
        + "% intervals held " + Figures.percent(coverage * 100) + " of the outcomes: "
        + (calibrated ? "its ranges can be trusted more than last month's figure, though not as a point prediction."
            : coverage < options.level() ? "it beats the baselines, but its ranges are too narrow, so expect more"
                + " surprises than they suggest." : "it beats the baselines, but its ranges are wider than they need be.");
  }
}
