package io.dyadscope.audit.check;

import io.dyadscope.evidence.Units;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.Finding;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.audit.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.audit.extract.TrendStatement;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Expand", "grow", "decline", "decrease" said of a quantity whose own figures move the other
 * way: the report's figures for the period the sentence names against the latest earlier ones (or
 * those of the period it starts from), falling back on the workspace's observations where the
 * report has none. A trend read the wrong way round flips the conclusion and is an error; figures
 * that do not move beyond rounding make it a warning.
 */
public final class TrendClaimCheck implements Check {

  @Override
  public String id() {
    return Checks.TREND_CLAIM;
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    Map<String, TreeMap<Period, Observation>> observed = new HashMap<>();
    for (Observation o : ctx.observations()) {
      observed.computeIfAbsent(o.indicator() + "|" + DataAgreementCheck.subjectOf(ctx, o), k -> new TreeMap<>())
          .putIfAbsent(o.period(), o);
    }
    for (TrendStatement s : ctx.trends()) {
      Claim target = figure(ctx, observed, s, s.target());
      if (target == null) {
        continue;
      }
      Claim base = s.since() != null ? figure(ctx, observed, s, s.since()) : before(ctx, observed, s, s.target());
      if (base == null) {
        continue;
      }
      Movement m = Movement.between(base, target, ctx.tolerance());
      out.used(base);
      out.used(target);
      String said = "'" + s.word() + "' (a " + s.direction().noun() + ") said of " + s.indicator() + " for "
          + ctx.subjectName(s.subject()) + " to " + s.target();
      String figures = Movement.describe(base, target);
      String change = Double.isNaN(m.percent()) ? "" : ", " + Fmt.pct(m.percent());
      if (m.direction() == null) {
        out.add(new Finding(id(), Severity.WARNING, s.line(), s.excerpt(), said + ", but its figures do not move: "
            + figures));
      } else if (m.direction() != s.direction()) {
        out.add(new Finding(id(), Severity.ERROR, s.line(), s.excerpt(), said + ", but its figures show a "
            + m.direction().noun() + ": " + figures + change));
      } else {
        out.add(new Verified(id(), s.line(), said + " matches its figures: " + figures + change));
      }
    }
  }

  private Claim before(AuditContext ctx, Map<String, TreeMap<Period, Observation>> observed, TrendStatement s,
      Period target) {
    Claim c = ctx.index().latestBefore(s.indicator(), s.subject(), target);
    if (c != null) {
      return c;
    }
    TreeMap<Period, Observation> series = observed.get(s.indicator() + "|" + s.subject());
    if (series == null) {
      return null;
    }
    Map.Entry<Period, Observation> e = series.lowerEntry(target);
    return e == null ? null : asClaim(ctx, e.getValue());
  }

  private Claim figure(AuditContext ctx, Map<String, TreeMap<Period, Observation>> observed, TrendStatement s,
      Period p) {
    Claim c = ctx.index().best(s.indicator(), s.subject(), p);
    if (c != null) {
      return c;
    }
    TreeMap<Period, Observation> series = observed.get(s.indicator() + "|" + s.subject());
    Observation o = series == null ? null : series.get(p);
    return o == null ? null : asClaim(ctx, o);
  }

  /** An observation as a claim, so that it can be described and compared like one. */
  private static Claim asClaim(AuditContext ctx, Observation o) {
    Indicator ind = ctx.options().catalogue().find(o.indicator()).orElse(null);
    String unit = ind == null ? o.unit() : ind.unit();
    double v = Units.convertLoosely(o.value(), o.unit(), unit);
    if (Double.isNaN(v)) {
      v = o.value();
      unit = o.unit();
    }
    return new Claim(1, "", o.indicator(), o.subject(), o.period(), PeriodBasis.STATED, v, v, v, unit,
        o.status() == Status.PROJECTION ? Status.PROJECTION : Status.REPORTED, Qualifier.EXACT,
        Fmt.num(v) + " " + unit, "observation " + o.id() + " of " + ctx.sourceName(o.source()));
  }
}
