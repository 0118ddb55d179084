package io.dyadscope.audit.extract;

/**
 * Reads each amount no earlier stage settled as the level of a quantity: a claim, when a quantity
 * can be told for it, else nothing. Then hands the sentence's claims to the report's.
 */
final class LevelStage implements Stage {

  private final ClaimMaker maker;
  private final ProseOutput out;

  LevelStage(ClaimMaker maker, ProseOutput out) {
    this.maker = maker;
    this.out = out;
  }

  @Override
  public void apply(SentenceContext c) {
    for (AmountReader.Read a : c.amounts) {
      if (c.done.containsKey(a)) {
        continue;
      }
      ClaimMaker.Reading r = maker.claimFor(c, a, null, ClaimMaker.When.SEARCH);
      if (r.claim() != null) {
        c.add(r.claim());
      }
      if (r.claim() != null || r.increment()) {
        out.numbersTied++;
      }
    }
    out.claims.addAll(c.claims);
  }
}
