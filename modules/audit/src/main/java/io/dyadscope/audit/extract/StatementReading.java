package io.dyadscope.audit.extract;

import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.vocabulary.SpanPhrases;
import io.dyadscope.audit.vocabulary.StrengthWords;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences that say a quantity moved: change statements, with their numbers ("rose from X in
 * 2019 to Y in 2021", "fell 10%"), and trend statements without them ("are projected to expand
 * until 2024", "have grown since 2021").
 */
abstract class StatementReading extends SentenceReading {

  StatementReading(Layout layout, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives, List<SentenceListener> listeners) {
    super(layout, dyad, lexicon, catalogue, places, initiatives, listeners);
  }

  Status statusOf(Ctx c, AmountReader.Read a) {
    int cl = c.clause[a.first()];
    for (int k = a.first() - 1; k >= 0 && k >= a.first() - 12 && c.clause[k] == cl; k--) {
      if (c.amountAt[k] != null && k < a.first()) {
        break;
      }
      Token t = c.tokens.get(k);
      if (t.isWord() && PROJECTION_WORDS.contains(t.norm())) {
        return Status.PROJECTION;
      }
    }
    for (int k = a.last() + 1; k < c.tokens.size() && k <= a.last() + 3 && c.clause[k] == cl; k++) {
      Token t = c.tokens.get(k);
      if (t.isWord() && PROJECTION_WORDS.contains(t.norm())) {
        return Status.PROJECTION;
      }
    }
    return Status.REPORTED;
  }

  // ---------------------------------------------------------------- change statements

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

  List<Change> findChanges(Ctx c) {
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

  static boolean negated(List<Token> t, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
      if (t.get(k).isWord() && NEGATIONS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  void settleChange(Ctx c, Change ch, Map<AmountReader.Read, Boolean> done, List<Claim> sentenceClaims) {
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
      openChange(c, ch, done);
      return;
    }
    Period[] range = StatedPeriods.range(c, c.clause[ch.verb]);
    Claim to = null;
    Claim from = null;
    if (ch.to != null) {
      boolean ranged = StatedPeriods.adjacentYear(c, ch.to.last()) == null && range != null;
      to = claimFor(c, ch.to, ind, ranged ? When.stated(range[1]) : When.SEARCH).claim();
    }
    if (ch.from != null) {
      YearMention adj = StatedPeriods.adjacentYear(c, ch.from.last());
      // Without a year of its own or a range, the starting value's period is unknown, not the end's.
      When when = adj != null && !adj.citation() ? When.stated(adj.period())
          : range != null ? When.stated(range[0]) : When.UNKNOWN;
      from = claimFor(c, ch.from, ind, when).claim();
    }
    if (to == null && from == null && ch.percent == null) {
      return;
    }
    String indicatorId = to != null ? to.indicator() : from != null ? from.indicator() : ind.id();
    String subject = to != null ? to.subject() : from != null ? from.subject()
        : subjects.subject(c, level != null ? level : ch.percent, ind, null);
    if (subject == null) {
      return;
    }
    if (to != null) {
      done.put(ch.to, true);
      add(sentenceClaims, to);
      numbersTied++;
    }
    if (from != null) {
      done.put(ch.from, true);
      add(sentenceClaims, from);
      numbersTied++;
    }
    Period period = to != null ? to.period() : null;
    if (ch.percent != null) {
      done.put(ch.percent, true);
      numbersTied++;
      if (period == null) {
        YearMention y = StatedPeriods.periodOf(c, ch.percent);
        period = y == null || y.citation() ? null : y.period();
      }
    }
    Token verb = c.tokens.get(ch.verb);
    changes.add(new ChangeStatement(c.line(ch.verb), c.excerpt(), indicatorId, subject, ch.direction, verb.text(),
        from, to, ch.percent == null ? null : ch.percent.amount(), period,
        StrengthWords.standard().near(c.tokens, ch.verb, 3, c.clause)));
  }

  /**
   * A change of a quantity no lexicon phrase names ("Truck traffic jumped sharply, to 118,000
   * vehicles from 115,000"): checked on its own numbers when it gives both ends.
   */
  void openChange(Ctx c, Change ch, Map<AmountReader.Read, Boolean> done) {
    if (ch.from == null || ch.to == null || !OpenQuantity.comparable(ch.from.amount(), ch.to.amount())
        || done.containsKey(ch.from) || done.containsKey(ch.to)) {
      return;
    }
    String name = OpenQuantity.name(c.tokens, ch.verb, ch.to);
    YearMention toYear = StatedPeriods.adjacentYear(c, ch.to.last());
    YearMention fromYear = StatedPeriods.adjacentYear(c, ch.from.last());
    Period toPeriod = toYear == null || toYear.citation() ? null : toYear.period();
    Period fromPeriod = fromYear == null || fromYear.citation() ? null : fromYear.period();
    Claim from = OpenQuantity.claim(c.line(ch.from.first()), c.excerpt(), name, dyad.id(), fromPeriod,
        ch.from.amount(), statusOf(c, ch.from));
    Claim to = OpenQuantity.claim(c.line(ch.to.first()), c.excerpt(), name, dyad.id(), toPeriod, ch.to.amount(),
        statusOf(c, ch.to));
    done.put(ch.from, true);
    done.put(ch.to, true);
    if (ch.percent != null) {
      done.put(ch.percent, true);
    }
    Token verb = c.tokens.get(ch.verb);
    changes.add(new ChangeStatement(c.line(ch.verb), c.excerpt(), from.indicator(), dyad.id(), ch.direction,
        verb.text(), from, to, ch.percent == null ? null : ch.percent.amount(), toPeriod,
        StrengthWords.standard().near(c.tokens, ch.verb, 3, c.clause)));
  }

  /** The quantity a change statement is about: the nearest phrase to its verb that fits its numbers. */
  Indicator changeIndicator(Ctx c, Change ch, AmountReader.Read level) {
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
      Indicator i = catalogue.find(m.indicator()).orElse(null);
      if (i == null || level != null && !level.amount().fits(i.unit())) {
        continue;
      }
      best = m;
      bestD = d;
    }
    if (best == null) {
      return null;
    }
    return orient(c, best, catalogue.get(best.indicator()));
  }

  // ---------------------------------------------------------------- trends

  void findTrends(Ctx c, List<Claim> sentenceClaims) {
    List<Token> t = c.tokens;
    Set<String> seen = new HashSet<>();
    for (int v : c.directions) {
      Direction d = Direction.of(t.get(v).norm());
      if (negated(t, v)) {
        continue;
      }
      int cl = c.clause[v];
      Lexicon.Match best = null;
      int bestD = Integer.MAX_VALUE;
      for (Lexicon.Match m : c.lex) {
        if (c.clause[m.first()] != cl) {
          continue;
        }
        int dist = m.last() < v ? v - m.last() - 1 : m.first() - v - 1;
        if (dist <= 8 && dist < bestD) {
          best = m;
          bestD = dist;
        }
      }
      if (best == null) {
        continue;
      }
      Indicator ind = catalogue.find(best.indicator()).orElse(null);
      if (ind == null || ind.family() == Family.CONNECTIVITY || ind.unit().equals("percent")) {
        continue;
      }
      ind = joined(c, best, v, orient(c, best, ind));
      String indicatorId = ind.id();
      if (sentenceClaims.stream().anyMatch(k -> k.indicator().equals(indicatorId))) {
        continue; // the sentence gives its numbers: a change statement, checked as such
      }
      Period target = null;
      Period since = null;
      int spanYears = 0;
      Period[] range = StatedPeriods.range(c, cl);
      if (range != null) {
        since = range[0];
        target = range[1];
      } else {
        for (int k = 0; k + 1 < t.size(); k++) {
          if (t.get(k).is("since") && YearMention.isYear(t.get(k + 1))) {
            since = Period.ofYear(Integer.parseInt(t.get(k + 1).text()));
          }
        }
        List<Period> targets = new ArrayList<>();
        for (YearMention y : c.years) {
          if (!y.citation() && !y.period().equals(since) && !targets.contains(y.period())) {
            targets.add(y.period());
          }
        }
        spanYears = since == null ? SpanPhrases.standard().years(t) : 0;
        if (targets.isEmpty() && (since != null || spanYears > 0)) {
          target = null; // a span reaching the latest figure: "have grown since 2021", "in recent years"
        } else if (targets.size() != 1) {
          continue; // no period, or several: which one the trend reaches is unclear
        } else {
          target = targets.get(0);
          spanYears = 0;
        }
      }
      String subject = ind.family() == Family.REFUGEES ? subjects.host(c, v) : subjects.pairSubject(c, cl);
      if (!seen.add(indicatorId + "|" + d)) {
        continue;
      }
      trends.add(new TrendStatement(c.line(v), c.excerpt(), indicatorId, subject, d, t.get(v).text(), target,
          since, spanYears, StrengthWords.standard().near(t, v, 3, c.clause)));
    }
  }

  /**
   * Two parts of one quantity named together as the subject of a trend ("attacks across borders
   * together with militant operations have grown") are their whole: the family's total.
   */
  Indicator joined(Ctx c, Lexicon.Match best, int verb, Indicator ind) {
    int dot = ind.id().lastIndexOf('.');
    if (dot < 0) {
      return ind;
    }
    String parent = ind.id().substring(0, dot);
    for (Lexicon.Match m : c.lex) {
      if (m != best && c.clause[m.first()] == c.clause[verb] && !m.indicator().equals(ind.id())
          && m.indicator().startsWith(parent + ".") && Math.abs(m.first() - best.first()) <= 8
          && (m.last() < verb) == (best.last() < verb) && joinedBy(c, m, best)) {
        return catalogue.find(parent + ".total").orElse(ind);
      }
    }
    return ind;
  }

  static boolean joinedBy(Ctx c, Lexicon.Match a, Lexicon.Match b) {
    int from = Math.min(a.last(), b.last()) + 1;
    int to = Math.max(a.first(), b.first());
    for (int k = from; k < to; k++) {
      Token t = c.tokens.get(k);
      if (t.is("and") || t.is("together") || t.is("alongside") || t.is("plus") || t.isPunct(',')) {
        return true;
      }
    }
    return false;
  }

}
