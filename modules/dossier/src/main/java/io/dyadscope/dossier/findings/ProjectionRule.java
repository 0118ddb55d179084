package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.analysis.Change;
import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.ForecastVerdict;
import io.dyadscope.analysis.NoForecast;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.ProjectionComparison;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.Locale;

/**
 * {@link RuleKind#PROJECTION}: the latest published projection of one indicator and subject
 * (from the best-graded source when several publish one) beside Dyadscope's own forecast for the
 * same period, made from the facts before it, with its 80% and 95% intervals and method.
 *
 * <p>Metrics: {@code published}; {@code last_fact} and {@code published_change_pct} (the published
 * value against the last fact before it) when there are facts; with a forecast also
 * {@code forecast}, {@code lo80}, {@code hi80}, {@code lo95}, {@code hi95}, {@code difference}
 * (published minus forecast), {@code difference_pct}, {@code within80}, {@code within95} (1 or 0).
 */
final class ProjectionRule {

  private ProjectionRule() {}

  static Finding apply(FindingRule rule, Draft draft, EvidenceIndex idx, Outlooks outlooks) throws NoData {
    String ind = rule.indicators().get(0);
    String subject = idx.names().code(rule.subject());
    Period target = idx.latestProjectionPeriod(ind, subject)
        .orElseThrow(() -> new NoData("no published projection of " + ind + " for " + subject));
    Observation published = idx.projectionAt(ind, subject, target).orElseThrow();
    Reading pub = idx.reading(published);
    draft.cite(pub).metric("published", published.value());
    String label = rule.label().isEmpty() ? idx.label(ind, subject) : idx.names().fill(rule.label());

    StringBuilder s = new StringBuilder("A published projection puts ").append(Prose.lowerFirst(label)).append(" at ")
        .append(idx.value(ind, published.value())).append(" in ").append(target).append(idx.cite(pub.sourceIds()));
    List<Point> basis = outlooks.basis(ind, subject, target);
    if (!basis.isEmpty()) {
      Point last = basis.get(basis.size() - 1);
      draft.cite(last.observationIds(), last.sourceIds());
      Change c = new Change(last.period(), target, last.value(), published.value());
      draft.metric("last_fact", last.value()).metric("published_change_pct", c.percent());
      s.append(c.absolute() == 0 ? ", unchanged from " + last.period()
          : ", " + (c.absolute() > 0 ? "a rise" : "a fall")
              + (Double.isFinite(c.percent()) ? " of " + Figures.percentMagnitude(c.percent()) : "")
              + " on " + idx.value(ind, last.value()) + " in " + last.period());
      s.append(idx.cite(last.sourceIds()));
    }
    Outlook outlook = outlooks.outlook(ind, subject, target);
    String unit = idx.unit(ind);
    if (outlook instanceof Forecast f) {
      ProjectionComparison cmp = ProjectionComparison.of(published, f, basis, outlooks.options(), unit);
      draft.metric("forecast", f.point()).metric("lo80", f.p80().lo()).metric("hi80", f.p80().hi())
          .metric("lo95", f.p95().lo()).metric("hi95", f.p95().hi()).metric("difference", cmp.difference())
          .metric("difference_pct", cmp.differencePercent());
      s.append("; Dyadscope's own forecast from ").append(Prose.count(f.points(), "observed point")).append(" is ")
          .append(Figures.approxWithUnit(f.point(), unit)).append(" (80% interval ")
          .append(Figures.range(f.p80().lo(), f.p80().hi(), unit)).append(", 95% interval ")
          .append(Figures.range(f.p95().lo(), f.p95().hi(), unit)).append("; ").append(f.method()).append(", ")
          .append(f.confidence().name().toLowerCase(Locale.ROOT)).append(" confidence)");
      if (cmp.verdict().kind() == ForecastVerdict.Kind.TOO_UNCERTAIN) {
        // an interval that would hold almost anything is no check: never counted as inside or outside
        draft.flag("too_uncertain", true);
        s.append(", " + cmp.verdict().words() + " the published figure: ").append(cmp.verdict().reason());
      } else {
        draft.flag("too_uncertain", false).flag("within80", cmp.within80()).flag("within95", cmp.within95());
        if (Figures.round(cmp.difference()) == 0) {
          s.append(", the same as the published figure");
        } else {
          s.append(", so the published figure is ").append(Figures.approxWithUnit(Math.abs(cmp.difference()), unit));
          if (Double.isFinite(cmp.differencePercent())) {
            s.append(" (").append(Figures.percentMagnitude(cmp.differencePercent())).append(')');
          }
          s.append(cmp.difference() > 0 ? " higher" : " lower").append(" and lies ")
              .append(cmp.verdict().words());
        }
      }
    } else {
      s.append("; Dyadscope makes no forecast of its own: ").append(((NoForecast) outlook).reason());
    }
    draft.subject(subject);
    return draft.finish(s.append('.').toString());
  }
}
