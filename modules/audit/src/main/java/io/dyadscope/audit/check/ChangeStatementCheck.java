package io.dyadscope.audit.check;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.audit.extract.ChangeStatement;
import io.dyadscope.audit.extract.Direction;

/**
 * The direction word of a change statement ("rose", "fell", "soared") against its numbers, and a
 * stated percentage against the one computed. When the sentence gives only the end value ("rose to
 * $1.9 billion in 2022"), the starting value is the report's own figure for the latest earlier
 * period; a mismatch found that way is a warning, since the two figures may come from different
 * sources. A direction read the wrong way round is an error: it flips the conclusion.
 */
public final class ChangeStatementCheck extends AbstractCheck {

  public ChangeStatementCheck() {
    super(Checks.CHANGE_STATEMENT);
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    for (ChangeStatement s : ctx.changes()) {
      Claim from = s.from();
      Claim to = s.to();
      boolean own = from != null && to != null;
      if (to != null && from == null && to.period() != null) {
        from = ctx.index().latestBefore(to.indicator(), to.subject(), to.period(), !to.inTable());
      } else if (to == null && s.percent() != null && s.period() != null) {
        to = ctx.index().best(s.indicator(), s.subject(), s.period());
        from = to == null ? null : ctx.index().latestBefore(s.indicator(), s.subject(), s.period(), true);
      }
      if (from == null || to == null || from == to) {
        continue;
      }
      if (from.period() != null && to.period() != null && from.period().compareTo(to.period()) > 0) {
        Claim x = from;
        from = to;
        to = x;
      }
      Movement m = Movement.between(from, to, ctx.tolerance());
      out.used(from);
      out.used(to);
      String said = "'" + s.word() + "' (a " + s.direction().noun() + ")";
      String figures = Movement.describe(from, to);
      String change = Double.isNaN(m.percent()) ? "" : ", " + Figures.changePercent(m.percent());
      Severity severity = own ? Severity.ERROR : Severity.WARNING;
      String base = own ? "" : " (the earlier figure is the report's latest before " + to.period() + ")";
      if (m.direction() == null) {
        out.add(new AuditFinding(id(), own ? Severity.WARNING : Severity.INFO, s.line(), s.excerpt(), said + " but "
            + figures + " is no change within rounding" + base));
      } else if (m.direction() != s.direction()) {
        out.add(new AuditFinding(id(), severity, s.line(), s.excerpt(), said + " but " + figures + " is a "
            + m.direction().noun() + change + base));
      } else {
        out.add(new Verified(id(), s.line(), said + " matches " + figures + change));
        StrengthNote.judge(s.strength(), m, s.line(), s.excerpt(), figures, out);
      }
      Amount pct = s.percent();
      if (pct != null && !Double.isNaN(m.percent())) {
        out.used(pct);
        double stated = Math.abs(pct.value()) * (s.direction() == Direction.DOWN ? -1 : 1);
        double slack = ctx.tolerance() * Math.abs(stated);
        double[] st = {stated - pct.half() - slack, stated + pct.half() + slack};
        if (Intervals.overlap(st, new double[] {m.low(), m.high()})) {
          out.add(new Verified(id(), s.line(), "stated " + pct.written() + " matches " + figures + change));
        } else {
          out.add(new AuditFinding(id(), severity, s.line(), s.excerpt(), "stated " + pct.written() + " but " + figures
              + " is a change of " + Figures.changePercent(m.percent()) + base));
        }
      }
    }
  }
}
