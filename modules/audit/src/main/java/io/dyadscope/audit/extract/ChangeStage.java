package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.vocabulary.StrengthWords;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Units.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the change statements of a sentence, with their numbers ("rose from X in 2019 to Y in
 * 2021", "fell 10%"): the quantity that moved, its end values as claims and the stated change. The
 * amounts it reads are settled, so that later stages do not read them as levels.
 */
record ChangeStage(ProseSetting s, ClaimMaker maker, ProseOutput out) implements Stage {

  @Override
  public void apply(SentenceContext c) {
    for (Change ch : findChanges(c)) {
      settleChange(c, ch);
    }
  }

  /** A change statement being read. */
  static final class Change {
    final int verb;
    final Direction direction;
    AmountReader.Read from;
    AmountReader.Read to;
    AmountReader.Read percent;

    Change(int verb, Direction direction) {
      this.verb = verb;
      this.direction = direction;
    }

    boolean empty() {
      return from == null && to == null && percent == null;
    }
  }

  static List<Change> findChanges(SentenceContext c) {
    List<Token> t = c.tokens;
    int n = t.size();
    List<Change> out = new ArrayList<>();
    for (int v : c.directions) {
      Direction d = Direction.of(t.get(v).norm());
      if (negated(t, v)) {
        continue;
      }
      Change ch = new Change(v, d);
      // "a 10% decline"
      if (v > 0 && c.amountAt[v - 1] != null && c.amountAt[v - 1].amount().kind() == Dimension.PERCENT) {
        ch.percent = c.amountAt[v - 1];
      }
      int cl = c.clause[v];
      for (int k = v + 1; k < n && k <= v + 24 && c.clause[k] == cl; k++) {
        Token tk = t.get(k);
        if (tk.is("to") && k + 1 < n && c.amountAt[k + 1] != null) {
          ch.to = c.amountAt[k + 1];
          k = ch.to.last();
        } else if (tk.is("from") && ch.from == null) {
          for (int j = k + 1; j < n && j <= k + 5 && c.clause[j] == cl; j++) {
            if (c.amountAt[j] != null) {
              ch.from = c.amountAt[j];
              k = ch.from.last();
              break;
            }
            if (t.get(j).is("to") || YearMention.isYear(t.get(j)) || t.get(j).isPunct(',')) {
              break;
            }
          }
        } else if (tk.is("by") && k + 1 < n && c.amountAt[k + 1] != null
            && c.amountAt[k + 1].amount().kind() == Dimension.PERCENT) {
          ch.percent = c.amountAt[k + 1];
          k = ch.percent.last();
        } else if (k == v + 1 && c.amountAt[k] != null && c.amountAt[k].amount().kind() == Dimension.PERCENT) {
          ch.percent = c.amountAt[k];
          k = ch.percent.last();
        } else if (ch.empty() && tk.isWord() && Direction.of(tk.norm()) != null) {
          break; // the next direction word reads the numbers
        }
      }
      if (!ch.empty()) {
        shareCurrency(c, ch);
        out.add(ch);
      }
    }
    // Two direction words reading the same numbers: keep the later, nearer one.
    List<Change> kept = new ArrayList<>();
    for (Change ch : out) {
      kept.removeIf(k -> k.to != null && k.to == ch.to || k.from != null && k.from == ch.from);
      kept.add(ch);
    }
    return kept;
  }

  /**
   * "to 101.2 billion rupees from 103.2 billion": one end names the currency, the other only its
   * scale word, and both are the same money. Only a scaled bare number borrows it, so "to $5 billion
   * from 1,400" stays apart.
   */
  static void shareCurrency(SentenceContext c, Change ch) {
    if (ch.from == null || ch.to == null) {
      return;
    }
    if (borrows(ch.from.amount(), ch.to.amount())) {
      ch.from = c.replace(ch.from, asMoney(ch.from.amount(), ch.to.amount().currency()));
    } else if (borrows(ch.to.amount(), ch.from.amount())) {
      ch.to = c.replace(ch.to, asMoney(ch.to.amount(), ch.from.amount().currency()));
    }
  }

  private static boolean borrows(Amount bare, Amount named) {
    return bare.kind() == Dimension.COUNT && bare.scaled() && named.kind() == Dimension.MONEY
        && !named.currency().isEmpty();
  }

  private static Amount asMoney(Amount a, String currency) {
    return new Amount(a.value(), a.half(), Dimension.MONEY, currency, a.scaled(), a.qualifier(), a.written(),
        a.start(), a.end());
  }

  static boolean negated(List<Token> t, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
      if (t.get(k).isWord() && ProseWords.NEGATION.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private void settleChange(SentenceContext c, Change ch) {
    AmountReader.Read level = ch.to != null ? ch.to : ch.from;
    if (level != null && level.amount().kind() == Dimension.PERCENT
        && (ch.to == null || ch.to.amount().kind() == Dimension.PERCENT)) {
      Indicator i = changeIndicator(c, ch, level);
      if (i == null || !"percent".equals(i.unit())) {
        return; // "fell to 10%" of a quantity not measured in percent: not a level
      }
    }
    Indicator ind = changeIndicator(c, ch, level);
    if (ind == null) {
      openChange(c, ch);
      return;
    }
    Period[] range = StatedPeriods.range(c, c.clause[ch.verb]);
    Claim to = null;
    Claim from = null;
    if (ch.to != null) {
      boolean ranged = StatedPeriods.adjacentYear(c, ch.to.last()) == null && range != null;
      to = maker.claimFor(c, ch.to, ind, ranged ? ClaimMaker.When.stated(range[1]) : ClaimMaker.When.SEARCH).claim();
    }
    if (ch.from != null) {
      YearMention adj = StatedPeriods.adjacentYear(c, ch.from.last());
      // Without a year of its own or a range, the starting value's period is unknown, not the end's.
      ClaimMaker.When when = adj != null && !adj.citation() ? ClaimMaker.When.stated(adj.period())
          : range != null ? ClaimMaker.When.stated(range[0]) : ClaimMaker.When.UNKNOWN;
      from = maker.claimFor(c, ch.from, ind, when).claim();
    }
    if (to == null && from == null && ch.percent == null) {
      return;
    }
    String indicatorId = to != null ? to.indicator() : from != null ? from.indicator() : ind.id();
    String subject = to != null ? to.subject() : from != null ? from.subject()
        : s.subjects().subject(c, level != null ? level : ch.percent, ind, null);
    if (subject == null) {
      return;
    }
    if (to != null) {
      c.done.put(ch.to, true);
      c.add(to);
      out.numbersTied++;
    }
    if (from != null) {
      c.done.put(ch.from, true);
      c.add(from);
      out.numbersTied++;
    }
    Period period = to != null ? to.period() : null;
    if (ch.percent != null) {
      c.done.put(ch.percent, true);
      out.numbersTied++;
      if (period == null) {
        YearMention y = StatedPeriods.periodOf(c, ch.percent);
        period = y == null || y.citation() ? null : y.period();
      }
    }
    Token verb = c.tokens.get(ch.verb);
    out.changes.add(new ChangeStatement(c.line(ch.verb), c.excerpt(), indicatorId, subject, ch.direction, verb.text(),
        from, to, ch.percent == null ? null : ch.percent.amount(), period,
        StrengthWords.standard().near(c.tokens, ch.verb, 3, c.clause)));
  }

  /**
   * A change of a quantity no lexicon phrase names ("Truck traffic jumped sharply, to 118,000
   * vehicles from 115,000"): checked on its own numbers when it gives both ends.
   */
  private void openChange(SentenceContext c, Change ch) {
    if (ch.from == null || ch.to == null || !OpenQuantity.comparable(ch.from.amount(), ch.to.amount())
        || c.done.containsKey(ch.from) || c.done.containsKey(ch.to)) {
      return;
    }
    String named = OpenQuantity.ofChange(c, ch.verb, ch.to);
    String name = named == null ? OpenQuantity.PREFIX + "quantity" : named;
    YearMention toYear = StatedPeriods.adjacentYear(c, ch.to.last());
    YearMention fromYear = StatedPeriods.adjacentYear(c, ch.from.last());
    Period toPeriod = toYear == null || toYear.citation() ? null : toYear.period();
    Period fromPeriod = fromYear == null || fromYear.citation() ? null : fromYear.period();
    Claim from = OpenQuantity.claim(c.line(ch.from.first()), c.excerpt(), name, s.dyad().id(), fromPeriod,
        ch.from.amount(), ClaimMaker.statusOf(c, ch.from));
    Claim to = OpenQuantity.claim(c.line(ch.to.first()), c.excerpt(), name, s.dyad().id(), toPeriod, ch.to.amount(),
        ClaimMaker.statusOf(c, ch.to));
    c.done.put(ch.from, true);
    c.done.put(ch.to, true);
    if (ch.percent != null) {
      c.done.put(ch.percent, true);
    }
    Token verb = c.tokens.get(ch.verb);
    out.changes.add(new ChangeStatement(c.line(ch.verb), c.excerpt(), from.indicator(), s.dyad().id(), ch.direction,
        verb.text(), from, to, ch.percent == null ? null : ch.percent.amount(), toPeriod,
        StrengthWords.standard().near(c.tokens, ch.verb, 3, c.clause)));
  }

  /** The quantity a change statement is about: the nearest phrase to its verb that fits its numbers. */
  private Indicator changeIndicator(SentenceContext c, Change ch, AmountReader.Read level) {
    int cl = c.clause[ch.verb];
    Lexicon.Match best = null;
    int bestD = Integer.MAX_VALUE;
    for (Lexicon.Match m : c.lex) {
      if (c.clause[m.first()] != cl) {
        continue;
      }
      int d = m.last() < ch.verb ? ch.verb - m.last() - 1 : m.first() - ch.verb - 1;
      if (m.first() > ch.verb && level != null) {
        d = Math.min(d, m.first() > level.last() ? m.first() - level.last() - 1 : d);
      }
      if (d > 10 || d >= bestD) {
        continue;
      }
      Indicator i = s.catalogue().find(m.indicator()).orElse(null);
      if (i == null || level != null && !level.amount().fits(i.unit())) {
        continue;
      }
      best = m;
      bestD = d;
    }
    if (best == null) {
      return null;
    }
    return maker.orient(c, best, s.catalogue().get(best.indicator()));
  }
}
