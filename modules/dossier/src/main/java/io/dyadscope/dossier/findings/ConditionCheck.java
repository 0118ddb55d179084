package io.dyadscope.dossier.findings;

import java.util.Objects;
import java.util.Optional;

/**
 * One condition checked against the findings, with three outcomes: it holds, it fails, or the
 * evidence cannot tell (the finding was not made, its metric cannot be measured from the points
 * there are, or it rests on published projections, which are never evidence). The text says which
 * and gives the numbers.
 *
 * @param condition the condition
 * @param outcome   what the check found
 * @param text      the finding's number, the threshold and the sources, or why nothing can be said
 */
public record ConditionCheck(Condition condition, Outcome outcome, String text) {

  /** What a check can find. */
  public enum Outcome { HOLDS, FAILS, UNKNOWN }

  public ConditionCheck {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(outcome, "outcome");
    text = Json.requireText(text, "text of a check");
  }

  /** Checks {@code c} against {@code findings}, written through {@code terms}. */
  public static ConditionCheck of(Condition c, Findings findings, FindingTerms terms) {
    Optional<Finding> found = findings.find(c.finding());
    if (found.isEmpty()) {
      String reason = findings.absence(c.finding()).map(Absence::reason).orElse("no rule makes it");
      return new ConditionCheck(c, Outcome.UNKNOWN, "nothing is known of " + terms.what(c.finding()) + " (" + reason
          + ")");
    }
    Finding f = found.get();
    if (terms.restsOnProjections(f) || f.metric("projected") == 1) {
      return new ConditionCheck(c, Outcome.UNKNOWN, terms.what(c.finding())
          + " rests on published projections, which are not evidence" + terms.cite(f.sourceIds()));
    }
    double n = f.metric("points");
    if (c.minPoints() > 0 && !(n >= c.minPoints())) {
      return new ConditionCheck(c, Outcome.UNKNOWN, terms.what(c.finding()) + " rests on " + points(f)
          + ", fewer than the " + c.minPoints() + " this test needs (threshold: " + terms.threshold(c, findings) + ")"
          + terms.cite(f.sourceIds()));
    }
    double v = f.metric(c.metric());
    if (Double.isNaN(v)) {
      return new ConditionCheck(c, Outcome.UNKNOWN, "the " + points(f) + " of " + terms.what(c.finding())
          + " cannot measure " + terms.noun(c.finding(), c.metric()) + " (threshold: " + terms.threshold(c, findings)
          + ")" + terms.cite(f.sourceIds()));
    }
    double threshold = c.threshold(findings);
    if (Double.isNaN(threshold)) {
      Finding r = findings.find(c.reference().finding()).orElse(null);
      String what = terms.noun(c.reference().finding(), c.reference().metric());
      return new ConditionCheck(c, Outcome.UNKNOWN, terms.clause(f, c.metric()) + terms.cite(f.sourceIds())
          + ", but " + (r == null ? "nothing is known of " + what : "the " + points(r) + " cannot measure " + what)
          + ", the threshold it is measured against");
    }
    boolean holds = c.op().test(v, threshold);
    return new ConditionCheck(c, holds ? Outcome.HOLDS : Outcome.FAILS, terms.clause(f, c.metric())
        + (holds ? " (threshold: " : ", against the threshold of ") + terms.threshold(c, findings)
        + (holds ? ")" : "") + terms.cite(f.sourceIds()));
  }

  private static String points(Finding f) {
    double n = f.metric("points");
    return Double.isNaN(n) ? "data" : n == 1 ? "1 point" : (int) n + " points";
  }
}
