package io.dyadscope.analysis.scoring;

/**
 * A projection beside what happened.
 *
 * @param projection   the projection
 * @param outturn      the observed value
 * @param error        projected minus observed
 * @param percentError error over the observed value, NaN when that is 0
 * @param inside80     whether the observed value fell in the 80% interval; empty without one
 */
public record ScoredProjection(Projection projection, Outturn outturn, double error, double percentError,
    java.util.Optional<Boolean> inside80) {

  static ScoredProjection of(Projection p, Outturn o) {
    double error = p.value() - o.value();
    double pct = o.value() == 0 ? Double.NaN : error / Math.abs(o.value()) * 100;
    return new ScoredProjection(p, o, error, pct, p.p80().map(i -> i.contains(o.value())));
  }
}
