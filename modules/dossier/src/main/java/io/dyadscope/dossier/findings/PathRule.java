package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.analysis.Change;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RuleKind#PATH}: how one series moved. Up to five points every step is told ("fell 29%
 * from 1,700 in 2019 to 1,200 in 2021, then rose 58% to 1,900 in 2022"); longer series are told by
 * their overall change and their steepest fall and rise between successive points. The series is
 * {@link EvidenceIndex#leadingSeries}: one observing source's when there is one, never several chained.
 *
 * <p>Metrics: {@code points}, {@code first}, {@code latest}, {@code total_change_pct},
 * {@code last_change_pct}, {@code max_drop_pct} and {@code max_rise_pct} (largest fall and rise
 * between successive points, as positive percentages, 0 when there is none) and
 * {@code annual_rate_pct} (compound rate from first to last point).
 *
 * <p>What judgements need beside them: {@code least} and {@code peak} (lowest and highest value),
 * {@code below_peak_pct} (how far the latest value lies below the peak, in percent of it),
 * {@code span_years} (years from first to latest point), {@code change_per_year} (the change from
 * first to latest value in the indicator's unit, divided by those years) and, from the yearly rates of the latest
 * {@value #RECENT} steps between successive points (a step over two years counts at its yearly
 * rate): {@code noise_pct}, their standard deviation (the series' own year-to-year noise; from
 * {@value #MIN_NOISE} steps), and {@code mean_change_pct} and {@code trend_t}, their mean and the
 * mean in standard errors (a one-sample t statistic: beyond about 2 the series moves more than its
 * noise explains; from {@value #MIN_TREND} steps, the points a backtest needs).
 */
public final class PathRule {

  private static final int TOLD_STEP_BY_STEP = 5;
  /** Steps the noise and the trend are measured over: the latest ten. */
  public static final int RECENT = 10;
  /** Fewest steps whose spread is taken for noise. */
  static final int MIN_NOISE = 2;
  /** Fewest steps a trend is tested on (5 points). */
  static final int MIN_TREND = 4;

  private PathRule() {}

  static Finding apply(FindingRule rule, Draft draft, EvidenceIndex idx) throws NoData {
    String ind = rule.indicators().get(0);
    String subject = idx.names().code(rule.subject());
    Series series = idx.leadingSeries(ind, subject).series();
    if (series.isEmpty()) {
      throw new NoData("no observed or reported values of " + ind + " for " + subject);
    }
    String label = rule.label().isEmpty() ? idx.label(ind, subject) : idx.names().fill(rule.label());
    List<String> sources = new ArrayList<>();
    for (Point p : series.points()) {
      draft.cite(p.observationIds(), p.sourceIds());
      sources.addAll(p.sourceIds());
    }
    draft.subject(subject);
    Point first = series.first();
    Point last = series.last();
    draft.metric("points", series.size()).metric("first", first.value()).metric("latest", last.value());
    String cite = idx.cite(sources);
    if (series.size() == 1) {
      return draft.finish(label + " stood at " + idx.value(ind, first.value()) + " in " + first.period() + cite + ".");
    }
    Change total = Change.between(first, last);
    List<Change> steps = new ArrayList<>();
    for (int i = 1; i < series.size(); i++) {
      steps.add(Change.between(series.points().get(i - 1), series.points().get(i)));
    }
    Change steepestFall = null;
    Change steepestRise = null;
    for (Change c : steps) {
      if (c.absolute() < 0 && Double.isFinite(c.percent())
          && (steepestFall == null || c.percent() < steepestFall.percent())) {
        steepestFall = c;
      }
      if (c.absolute() > 0 && Double.isFinite(c.percent())
          && (steepestRise == null || c.percent() > steepestRise.percent())) {
        steepestRise = c;
      }
    }
    draft.metric("total_change_pct", total.percent())
        .metric("last_change_pct", steps.get(steps.size() - 1).percent())
        .metric("max_drop_pct", steepestFall == null ? 0 : -steepestFall.percent())
        .metric("max_rise_pct", steepestRise == null ? 0 : steepestRise.percent())
        .metric("annual_rate_pct", total.annualRate());
    noise(series, steps, draft);

    StringBuilder s = new StringBuilder(label).append(' ');
    if (series.size() <= TOLD_STEP_BY_STEP) {
      for (int i = 0; i < steps.size(); i++) {
        if (i > 0) {
          s.append(", then ");
        }
        s.append(step(steps.get(i), i == 0, ind, idx));
      }
    } else {
      s.append(step(total, true, ind, idx)).append(" over ").append(series.size()).append(" points");
      List<String> extremes = new ArrayList<>();
      if (steepestFall != null) {
        extremes.add("the steepest fall between successive points was " + Figures.percentMagnitude(steepestFall.percent())
            + " (" + steepestFall.from() + " to " + steepestFall.to() + ")");
      }
      if (steepestRise != null) {
        extremes.add((extremes.isEmpty() ? "the steepest rise between successive points was " : "the steepest rise ")
            + Figures.percentMagnitude(steepestRise.percent()) + " (" + steepestRise.from() + " to " + steepestRise.to() + ")");
      }
      if (!extremes.isEmpty()) {
        s.append("; ").append(Prose.join(extremes));
      }
    }
    return draft.finish(s.append(cite).append('.').toString());
  }

  /** The level and noise metrics judgements are tested on (see the class comment). */
  private static void noise(Series series, List<Change> steps, Draft draft) {
    double least = series.points().stream().mapToDouble(Point::value).min().orElseThrow();
    double peak = series.points().stream().mapToDouble(Point::value).max().orElseThrow();
    double latest = series.last().value();
    double span = series.first().period().yearsUntil(series.last().period());
    draft.metric("least", least).metric("peak", peak).metric("span_years", span);
    if (span > 0) {
      draft.metric("change_per_year", (latest - series.first().value()) / span);
    }
    if (peak > 0) {
      draft.metric("below_peak_pct", (peak - latest) / peak * 100);
    }
    double[] rates = steps.subList(Math.max(0, steps.size() - RECENT), steps.size()).stream()
        .mapToDouble(Change::annualRate).filter(Double::isFinite).toArray();
    if (rates.length < MIN_NOISE) {
      return;
    }
    double mean = java.util.Arrays.stream(rates).average().orElseThrow();
    double ss = java.util.Arrays.stream(rates).map(r -> (r - mean) * (r - mean)).sum();
    double sd = Math.sqrt(ss / (rates.length - 1));
    draft.metric("noise_pct", sd);
    if (rates.length >= MIN_TREND && sd > 0) {
      draft.metric("mean_change_pct", mean).metric("trend_t", mean / (sd / Math.sqrt(rates.length)));
    }
  }

  /** "fell 29% from X in 2019 to Y in 2021", or without "from" when it continues a path. */
  private static String step(Change c, boolean withStart, String ind, EvidenceIndex idx) {
    String to = idx.value(ind, c.toValue()) + " in " + c.to();
    String from = idx.value(ind, c.fromValue()) + " in " + c.from();
    if (c.absolute() == 0) {
      return withStart ? "held at " + idx.value(ind, c.toValue()) + " from " + c.from() + " to " + c.to()
          : "held at " + to;
    }
    String pct = Double.isFinite(c.percent()) ? " " + Figures.percentMagnitude(c.percent()) : "";
    return c.direction() + pct + (withStart ? " from " + from : "") + " to " + to;
  }
}
