package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.vocabulary.SpanPhrases;
import io.dyadscope.audit.vocabulary.StrengthWords;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the trend statements of a sentence, those without numbers of their own ("are projected to
 * expand until 2024", "have grown since 2021"): the quantity named near a direction word, the
 * span's start and end. A quantity the sentence already gives numbers for is a change statement,
 * read by {@link ChangeStage}; this stage runs after the claims are read.
 */
record TrendStage(ProseSetting s, ClaimMaker maker, ProseOutput out) implements Stage {

  @Override
  public void apply(SentenceContext c) {
    List<Token> t = c.tokens;
    Set<String> seen = new HashSet<>();
    for (int v : c.directions) {
      Direction d = Direction.of(t.get(v).norm());
      if (ChangeStage.negated(t, v)) {
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
      Indicator ind = s.catalogue().find(best.indicator()).orElse(null);
      if (ind == null || ind.family() == Family.CONNECTIVITY || ind.unit().equals("percent")) {
        continue;
      }
      ind = joined(c, best, v, maker.orient(c, best, ind));
      String indicatorId = ind.id();
      if (c.claims.stream().anyMatch(k -> k.indicator().equals(indicatorId))) {
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
      String subject = ind.family() == Family.REFUGEES ? s.subjects().host(c, v) : s.subjects().pairSubject(c, cl);
      if (!seen.add(indicatorId + "|" + d)) {
        continue;
      }
      out.trends.add(new TrendStatement(c.line(v), c.excerpt(), indicatorId, subject, d, t.get(v).text(), target,
          since, spanYears, StrengthWords.standard().near(t, v, 3, c.clause)));
    }
  }

  /**
   * Two parts of one quantity named together as the subject of a trend ("attacks across borders
   * together with militant operations have grown") are their whole: the family's total.
   */
  private Indicator joined(SentenceContext c, Lexicon.Match best, int verb, Indicator ind) {
    int dot = ind.id().lastIndexOf('.');
    if (dot < 0) {
      return ind;
    }
    String parent = ind.id().substring(0, dot);
    for (Lexicon.Match m : c.lex) {
      if (m != best && c.clause[m.first()] == c.clause[verb] && !m.indicator().equals(ind.id())
          && m.indicator().startsWith(parent + ".") && Math.abs(m.first() - best.first()) <= 8
          && (m.last() < verb) == (best.last() < verb) && joinedBy(c, m, best)) {
        return s.catalogue().find(parent + ".total").orElse(ind);
      }
    }
    return ind;
  }

  static boolean joinedBy(SentenceContext c, Lexicon.Match a, Lexicon.Match b) {
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
