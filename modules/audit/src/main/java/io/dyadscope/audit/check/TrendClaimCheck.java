package io.dyadscope.audit.check;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Units;
import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.audit.extract.TrendStatement;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * "Expand", "grow", "decline", "decrease" said of a quantity whose own figures move the other
 * way: the report's figures for the period the sentence names against the latest earlier ones (or
 * those of the period it starts from), falling back on the workspace's observations where the
 * report has none. A trend read the wrong way round flips the conclusion and is an error; figures
 * that do not move beyond rounding make it a warning.
 */
public final class TrendClaimCheck extends AbstractCheck {

  public TrendClaimCheck() {
    super(Checks.TREND_CLAIM);
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    Map<String, TreeMap<Period, Observation>> observed = new HashMap<>();
    for (Observation o : ctx.observations()) {
      observed.computeIfAbsent(o.indicator() + "|" + DataAgreementCheck.subjectOf(ctx, o), k -> new TreeMap<>())
          .putIfAbsent(o.period(), o);
    }
    // The report's own series of each quantity, made once: a long report states many trends of one
    // quantity, and each would otherwise pick the most precise claim of every period again.
    Map<String, NavigableMap<Period, Claim>> reported = new HashMap<>();
    for (TrendStatement s : ctx.trends()) {
      Claim target;
      Claim base;
      if (s.span()) {
        NavigableMap<Period, Claim> series = series(ctx, observed, reported, s);
        target = latest(series);
        Period start = s.since() != null ? s.since()
            : target == null ? null : Period.ofYear(target.period().year() - s.spanYears());
        base = start == null ? null : atOrAfter(series, start);
      } else {
        target = figure(ctx, observed, s, s.target());
        base = target == null ? null
            : s.since() != null ? figure(ctx, observed, s, s.since()) : before(ctx, observed, s, s.target());
      }
      if (target == null || base == null || base == target || base.period().compareTo(target.period()) >= 0) {
        continue;
      }
      Movement m = Movement.between(base, target, ctx.tolerance());
      out.used(base);
      out.used(target);
      String reach = s.span() ? (s.since() != null ? " since " + s.since() : " over " + s.spanYears() + " years")
          : " to " + s.target();
      String said = "'" + s.word() + "' (a " + s.direction().noun() + ") said of " + s.indicator() + " for "
          + ctx.subjectName(s.subject()) + reach;
      String figures = Movement.describe(base, target);
      String change = Double.isNaN(m.percent()) ? "" : ", " + Figures.changePercent(m.percent());
      if (m.direction() == null) {
        out.add(new AuditFinding(id(), Severity.WARNING, s.line(), s.excerpt(), said + ", but its figures do not move: "
            + figures));
      } else if (m.direction() != s.direction()) {
        out.add(new AuditFinding(id(), Severity.ERROR, s.line(), s.excerpt(), said + ", but its figures show a "
            + m.direction().noun() + ": " + figures + change));
      } else {
        out.add(new Verified(id(), s.line(), said + " matches its figures: " + figures + change));
        StrengthNote.judge(s.strength(), m, s.line(), s.excerpt(), figures, out);
      }
    }
  }

  /**
   * The quantity's figures by period: the report's most precise one for each period, the
   * workspace's where the report has none.
   */
  private NavigableMap<Period, Claim> series(AuditContext ctx, Map<String, TreeMap<Period, Observation>> observed,
      Map<String, NavigableMap<Period, Claim>> reported, TrendStatement s) {
    NavigableMap<Period, Claim> out = new TreeMap<>();
    TreeMap<Period, Observation> obs = observed.get(s.indicator() + "|" + s.subject());
    if (obs != null) {
      obs.forEach((p, o) -> {
        if (p.isAnnual()) {
          out.put(p, asClaim(ctx, o));
        }
      });
    }
    out.putAll(reported.computeIfAbsent(s.indicator() + "|" + s.subject(), k -> {
      NavigableMap<Period, Claim> own = new TreeMap<>();
      ctx.index().series(s.indicator(), s.subject()).forEach((p, claims) -> {
        if (p.isAnnual()) {
          own.put(p, ClaimIndex.mostPrecise(claims));
        }
      });
      return own;
    }));
    return out;
  }

  /** The latest figure that is not a projection ("have grown since 2021" speaks of what happened). */
  private static Claim latest(NavigableMap<Period, Claim> series) {
    for (Claim c : series.descendingMap().values()) {
      if (c.status() != Status.PROJECTION) {
        return c;
      }
    }
    return null;
  }

  private static Claim atOrAfter(NavigableMap<Period, Claim> series, Period start) {
    Map.Entry<Period, Claim> e = series.ceilingEntry(start);
    return e == null ? null : e.getValue();
  }

  private Claim before(AuditContext ctx, Map<String, TreeMap<Period, Observation>> observed, TrendStatement s,
      Period target) {
    Claim c = ctx.index().latestBefore(s.indicator(), s.subject(), target);
    return c != null ? c : fromWorkspace(ctx, observed, s, w -> {
      Map.Entry<Period, Observation> e = w.lowerEntry(target);
      return e == null ? null : e.getValue();
    });
  }

  private Claim figure(AuditContext ctx, Map<String, TreeMap<Period, Observation>> observed, TrendStatement s,
      Period p) {
    Claim c = ctx.index().best(s.indicator(), s.subject(), p);
    return c != null ? c : fromWorkspace(ctx, observed, s, w -> w.get(p));
  }

  /** The workspace's figure for the statement's quantity that {@code pick} chooses, as a claim, or null. */
  private static Claim fromWorkspace(AuditContext ctx, Map<String, TreeMap<Period, Observation>> observed,
      TrendStatement s, java.util.function.Function<TreeMap<Period, Observation>, Observation> pick) {
    TreeMap<Period, Observation> series = observed.get(s.indicator() + "|" + s.subject());
    Observation o = series == null ? null : pick.apply(series);
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
        Figures.quoted(v) + " " + unit, "observation " + o.id() + " of " + ctx.sourceName(o.source()));
  }
}
