package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.Units.Dimension;
import java.util.List;

/**
 * A quantity the lexicon does not name, read from the sentence itself: the noun a number counts
 * ("118,000 vehicles", "7.2 million crossings"), else the words before the direction word
 * ("Truck traffic jumped"), normalised (lower case, singular). Its claims carry the indicator
 * {@code quantity:NAME}, which no workspace indicator has, so they are compared only with the
 * report's own figures of the same quantity.
 */
final class OpenQuantity {

  static final String PREFIX = "quantity:";

  private OpenQuantity() {}

  /** The quantity's name for a change whose direction word is at {@code verb} and end value is {@code end}. */
  static String name(List<Token> tokens, int verb, AmountReader.Read end) {
    if (end != null && end.last() + 1 < tokens.size()) {
      Token next = tokens.get(end.last() + 1);
      if (next.isWord() && !ProseWords.QUANTITY_STOP.contains(next.norm()) && Direction.of(next.norm()) == null) {
        return next.norm();
      }
    }
    for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
      Token t = tokens.get(k);
      if (t.isWord() && !ProseWords.QUANTITY_STOP.contains(t.norm()) && !t.norm().endsWith("ly")) {
        return t.norm();
      }
      if (!t.isWord()) {
        break;
      }
    }
    return "quantity";
  }

  /** True when two amounts can be values of one quantity: same kind and currency, not percentages. */
  static boolean comparable(Amount a, Amount b) {
    return a.kind() == b.kind() && a.kind() != Dimension.PERCENT && a.currency().equals(b.currency());
  }

  /** A claim of quantity {@code name} in base units (dollars, counts). */
  static Claim claim(int line, String excerpt, String name, String subject, Period period, Amount a, Status status) {
    String unit = a.kind() == Dimension.MONEY ? (a.currency().isEmpty() ? "money" : a.currency()) : "count";
    return new Claim(line, excerpt, PREFIX + name, subject, period,
        period == null ? PeriodBasis.NONE : PeriodBasis.STATED, a.value(), Math.min(a.low(), a.value()),
        Math.max(a.high(), a.value()), unit, status, a.qualifier(), a.written(), "text");
  }
}
