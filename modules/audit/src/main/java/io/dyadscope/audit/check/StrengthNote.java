package io.dyadscope.audit.check;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.audit.vocabulary.StrengthWords;

/**
 * A strength word said of a change ("rose sharply", "a slight fall") against the change's size:
 * a warning when the whole interval the written figures allow lies outside what the word allows
 * ({@code strength.csv}).
 */
final class StrengthNote {

  private StrengthNote() {}

  static void judge(StrengthWords.Bounds word, Movement m, int line, String excerpt, String figures,
      Results out) {
    if (word == null || m.direction() == null || Double.isNaN(m.low())) {
      return;
    }
    double lowAbs = m.low() <= 0 && m.high() >= 0 ? 0 : Math.min(Math.abs(m.low()), Math.abs(m.high()));
    double highAbs = Math.max(Math.abs(m.low()), Math.abs(m.high()));
    String said = "'" + word.word() + "' allows a change of " + word.range();
    if (word.contradicts(lowAbs, highAbs)) {
      out.add(new AuditFinding(Checks.STRENGTH, Severity.WARNING, line, excerpt, said + ", but " + figures + " is "
          + Figures.changePercent(m.percent())));
    } else {
      out.add(new Verified(Checks.STRENGTH, line, said + ": " + figures + " is " + Figures.changePercent(m.percent())));
    }
  }
}
