package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Period;
import java.util.List;

/**
 * The periods a sentence states for its numbers: the year beside or nearest a number, and a
 * clause's range of years. Moved out of the change stage so that finding periods stays
 * apart from reading change and trend statements.
 */
final class StatedPeriods {

  private StatedPeriods() {
  }

  /** The year a number refers to: stated beside it, else nearest in its clause, else a citation's. */
  /** The word and number tokens from {@code from} up to (not including) {@code to}. */
  private static int words(SentenceContext c, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += c.tokens.get(k).isWord() || c.tokens.get(k).isNumber() ? 1 : 0;
    }
    return n;
  }

  /** The words naming the kind of year just before token {@code first} ("fiscal year"). */
  private static int yearWords(SentenceContext c, int first) {
    int n = 0;
    for (int k = first - 1; k >= 0 && c.tokens.get(k).isWord() && ProseWords.YEAR_WORD.contains(c.tokens.get(k).norm());
        k--) {
      n++;
    }
    return n;
  }

  static YearMention periodOf(SentenceContext c, AmountReader.Read a) {
    YearMention adj = adjacentYear(c, a.last());
    if (adj != null && !adj.citation()) {
      return adj;
    }
    int cl = c.clause[a.first()];
    YearMention best = null;
    int bestD = Integer.MAX_VALUE;
    YearMention citation = null;
    int citationD = Integer.MAX_VALUE;
    for (YearMention y : c.years) {
      // Distance in words: "gigawatt-hours" is one word, not three tokens.
      int d = y.token() < a.first() ? words(c, y.token() + 1, a.first())
          : words(c, a.last() + 1, y.first()) - yearWords(c, y.first());
      if (y.citation()) {
        if (Math.abs(d) < citationD) {
          citation = y;
          citationD = Math.abs(d);
        }
        continue;
      }
      if (c.clause[y.token()] != cl) {
        continue;
      }
      boolean after = y.first() > a.last();
      if ((after && d <= 8 || !after && d <= 10) && d < bestD) {
        best = y;
        bestD = d;
      }
    }
    return best != null ? best : citation;
  }

  static YearMention adjacentYear(SentenceContext c, int last) {
    int k = last + 1;
    if (k < c.tokens.size() && c.tokens.get(k).isWord()) {
      String w = c.tokens.get(k).norm();
      if (w.equals("in") || w.equals("during") || w.equals("for") || w.equals("by") || w.equals("throughout")
          || w.equals("through") || w.equals("of") || w.equals("as")) {
        k++;
        if (k < c.tokens.size() && c.tokens.get(k).is("of")) {
          k++;
        }
      }
    }
    for (YearMention y : c.years) {
      if (y.first() == k || y.first() == last + 1) {
        return y;
      }
    }
    return null;
  }

  /** "between 2020 and 2021", "from 2020 to 2021", "2020-2021" in a clause. */
  static Period[] range(SentenceContext c, int clause) {
    List<Token> t = c.tokens;
    for (int k = 0; k + 3 < t.size(); k++) {
      if (c.clause[k] != clause) {
        continue;
      }
      boolean between = t.get(k).is("between") && t.get(k + 2).is("and");
      boolean fromTo = t.get(k).is("from") && (t.get(k + 2).is("to") || t.get(k + 2).is("until"));
      if ((between || fromTo) && YearMention.isYear(t.get(k + 1)) && YearMention.isYear(t.get(k + 3))) {
        return new Period[] {Period.ofYear(Integer.parseInt(t.get(k + 1).text())),
            Period.ofYear(Integer.parseInt(t.get(k + 3).text()))};
      }
    }
    for (int k = 0; k + 2 < t.size(); k++) {
      if (c.clause[k] == clause && YearMention.isYear(t.get(k)) && t.get(k + 1).isPunct('-')
          && YearMention.isYear(t.get(k + 2))) {
        return new Period[] {Period.ofYear(Integer.parseInt(t.get(k).text())),
            Period.ofYear(Integer.parseInt(t.get(k + 2).text()))};
      }
    }
    return null;
  }
}
