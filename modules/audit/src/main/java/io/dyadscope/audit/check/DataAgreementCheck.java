package io.dyadscope.audit.check;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Precision;
import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's figures against the workspace's observations of the same quantity: same indicator,
 * subject, period and status class (facts against facts, projections against projections; for
 * one-off estimates, whatever the period). A claim agrees when the observation's value lies in
 * the interval the written number stands for, widened by the configured tolerance.
 */
public final class DataAgreementCheck extends AbstractCheck {

  public DataAgreementCheck() {
    super(Checks.DATA_AGREEMENT);
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    if (ctx.observations().isEmpty()) {
      return;
    }
    Map<String, List<Observation>> byKey = new HashMap<>();
    for (Observation o : ctx.observations()) {
      Indicator ind = ctx.options().catalogue().find(o.indicator()).orElse(null);
      if (ind == null) {
        continue;
      }
      byKey.computeIfAbsent(key(ind, subjectOf(ctx, o), o.period(), o.status().isFact()), k -> new ArrayList<>())
          .add(o);
    }
    for (Claim c : ctx.claims()) {
      Indicator ind = ctx.options().catalogue().find(c.indicator()).orElse(null);
      if (ind == null || c.period() == null && ind.combine() != Combine.FIXED) {
        continue;
      }
      List<Observation> match = byKey.get(key(ind, c.subject(), c.period(), c.status().isFact()));
      if (match == null) {
        continue;
      }
      double[] iv = Intervals.of(c, ctx.tolerance());
      List<String> agree = new ArrayList<>();
      List<String> disagree = new ArrayList<>();
      for (Observation o : match) {
        double v = Units.convertLoosely(o.value(), o.unit(), c.unit());
        if (Double.isNaN(v)) {
          continue;
        }
        String named = Figures.quotedWithUnit(v, c.unit()) + " in " + ctx.sourceName(o.source())
            + (o.period().equals(c.period()) ? "" : " (" + o.period() + ")");
        // The stored value was written with a precision too: 1,400,000 from "1.4 million" stands
        // for 1.35 to 1.45 million, so it agrees with a report's "1.42 million".
        double h = Precision.halfUnit(v);
        boolean inside = Intervals.overlap(iv, new double[] {v - h, v + h});
        (inside ? agree : disagree).add(named);
      }
      if (agree.isEmpty() && disagree.isEmpty()) {
        continue;
      }
      out.used(c);
      String what = ContradictionCheck.quantity(ctx, c, ind);
      if (!disagree.isEmpty() && agree.isEmpty()) {
        out.add(new AuditFinding(id(), Severity.ERROR, c.line(), c.excerpt(), what + ": the report's " + c.written()
            + " (" + c.where() + ") disagrees with " + String.join("; ", disagree)));
      } else if (!disagree.isEmpty()) {
        // The workspace itself holds differing values: the claim sides with some of them, so this
        // is a note on the data, not an error of the report.
        out.add(new AuditFinding(id(), Severity.INFO, c.line(), c.excerpt(), what + ": the report's " + c.written()
            + " (" + c.where() + ") agrees with " + String.join("; ", agree) + " but the workspace also holds "
            + String.join("; ", disagree)));
      } else {
        out.add(new Verified(id(), c.line(), what + ": " + c.written() + " agrees with " + String.join("; ", agree)));
      }
    }
  }

  private static String key(Indicator ind, String subject, io.dyadscope.evidence.Period period, boolean fact) {
    return ind.combine() == Combine.FIXED ? ind.id() + "|" + subject
        : ind.id() + "|" + subject + "|" + period + "|" + fact;
  }

  /**
   * An observation's subject as claims name it: refugee figures filed under the dyad are the
   * host's, the dyad's first country.
   */
  static String subjectOf(AuditContext ctx, Observation o) {
    Indicator ind = ctx.options().catalogue().find(o.indicator()).orElse(null);
    if (ind != null && ind.family() == Family.REFUGEES && !ind.isShare() && o.subject().equals(ctx.dyad().id())) {
      return ctx.dyad().first();
    }
    return o.subject();
  }
}
