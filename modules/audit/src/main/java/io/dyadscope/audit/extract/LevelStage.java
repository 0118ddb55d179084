package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.Units.Dimension;

/**
 * Reads each amount no earlier stage settled as the level of a quantity: the lexicon's quantity
 * when a phrase of it fits, else the open quantity the sentence names ({@link OpenQuantity}), when
 * the number has a stated year. Then hands the sentence's claims to the report's.
 */
record LevelStage(ProseSetting s, ClaimMaker maker, ProseOutput out) implements Stage {

  @Override
  public void apply(SentenceContext c) {
    for (AmountReader.Read a : c.amounts) {
      if (c.done.containsKey(a)) {
        continue;
      }
      ClaimMaker.Reading r = maker.claimFor(c, a, null, ClaimMaker.When.SEARCH);
      if (r.claim() != null) {
        c.add(r.claim());
      } else if (!r.increment()) {
        Claim open = openClaim(c, a);
        if (open != null) {
          c.add(open);
        }
      }
      if (r.claim() != null || r.increment()) {
        out.numbersTied++;
      }
    }
    out.claims.addAll(c.claims);
  }

  /**
   * The claim of an open quantity for amount {@code a}, or null: a count or sum of money (not a
   * share, not a casualty count) whose phrase can be read and whose year is stated in its clause.
   */
  private Claim openClaim(SentenceContext c, AmountReader.Read a) {
    Dimension kind = a.amount().kind();
    if (kind != Dimension.COUNT && kind != Dimension.MONEY || ClaimMaker.casualties(c, a)) {
      return null;
    }
    YearMention y = StatedPeriods.periodOf(c, a);
    if (y == null || y.citation()) {
      return null;
    }
    String indicator = OpenQuantity.of(c, a);
    if (indicator == null) {
      return null;
    }
    return OpenQuantity.claim(c.line(a.first()), c.excerpt(), indicator,
        s.subjects().pairSubject(c, c.clause[a.first()]), y.period(), a.amount(), ClaimMaker.statusOf(c, a));
  }
}
