package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import java.util.ArrayList;
import java.util.List;

/**
 * Who or what a number in a sentence is about: the dyad or another pair of countries, the
 * initiative, the respondents of an opinion, the hosting country or province of refugees. Moved out
 * of the sentence readers so that finding a subject stays apart from reading claims.
 */
final class Subjects {

  private final Dyad dyad;

  Subjects(Dyad dyad) {
    this.dyad = dyad;
  }

  String countryAt(SentenceContext c, int token) {
    for (Mention m : c.countries) {
      if (m.first() == token || m.first() == token + 1 && c.tokens.get(token).is("the")) {
        return m.code();
      }
    }
    return null;
  }

  String countryEndingAt(SentenceContext c, int token) {
    for (Mention m : c.countries) {
      if (m.last() == token) {
        return m.code();
      }
    }
    return null;
  }

  /** What a claim of {@code ind} near amount {@code a} is about, or null when it cannot be told. */
  String subject(SentenceContext c, AmountReader.Read a, Indicator ind, Lexicon.Match m) {
    Family f = ind.family();
    if (f == Family.CONNECTIVITY) {
      return nearestInitiative(c, a.first());
    }
    if (f == Family.OPINION) {
      return respondents(c, a);
    }
    if (f == Family.REFUGEES && ind.isShare()) {
      return provinceNear(c, a);
    }
    if (f == Family.REFUGEES) {
      return host(c, a.first());
    }
    return pairSubject(c, c.clause[a.first()]);
  }

  String nearestInitiative(SentenceContext c, int index) {
    int cl = c.clause[index];
    Mention before = null;
    Mention after = null;
    Mention sentenceBefore = null;
    for (Mention m : c.initiatives) {
      if (m.last() < index) {
        sentenceBefore = m;
        if (c.clause[m.first()] == cl) {
          before = m;
        }
      } else if (after == null && m.first() > index && c.clause[m.first()] == cl) {
        after = m;
      }
    }
    Mention pick = before != null ? before : after != null ? after : sentenceBefore;
    return pick == null ? null : pick.code();
  }

  /**
   * Whose opinion a share is: "60% of Pakistanis", "60% in Pakistan", "60% of ... Afghans"; a
   * country after "of" further on is what the opinion is about ("views of Pakistan"), not who
   * holds it.
   */
  String respondents(SentenceContext c, AmountReader.Read a) {
    for (Mention m : c.countries) {
      if (m.first() <= a.last() || m.first() - a.last() > 7) {
        continue;
      }
      boolean between = false;
      for (int k = a.last() + 1; k < m.first(); k++) {
        between |= c.amountAt[k] != null;
      }
      if (between) {
        break;
      }
      Token prev = c.tokens.get(m.first() - 1);
      boolean adjacentOf = m.first() == a.last() + 2 && (prev.is("of") || prev.is("in") || prev.is("among"));
      boolean people = c.tokens.get(m.last()).text().endsWith("s") && !c.tokens.get(m.last()).text().endsWith("ss")
          && !prev.is("of");
      boolean in = prev.is("in") || prev.is("among");
      if (adjacentOf || people || in || m.first() == a.last() + 1) {
        return m.code();
      }
    }
    Mention before = null;
    for (Mention m : c.countries) {
      if (m.last() < a.first() && a.first() - m.last() <= 6) {
        before = m;
      }
    }
    return before == null ? null : before.code();
  }

  String provinceNear(SentenceContext c, AmountReader.Read a) {
    Mention best = null;
    int bestD = Integer.MAX_VALUE;
    for (Mention m : c.provinces()) {
      int d = m.last() < a.first() ? a.first() - m.last() : m.first() > a.last() ? m.first() - a.last() + 1 : 99;
      if (d <= 4 && d < bestD) {
        best = m;
        bestD = d;
      }
    }
    return best == null ? null : best.code();
  }


  /**
   * The country hosting refugees: "refugees in X", "migrated to X", "X hosted", "the Government of X
   * welcomed"; by default the dyad's first country.
   */
  String host(SentenceContext c, int index) {
    int cl = c.clause[index];
    for (int k = 0; k < c.tokens.size(); k++) {
      Token t = c.tokens.get(k);
      if (c.clause[k] == cl && (t.is("in") || t.is("to") || t.is("into") || t.is("by"))) {
        String code = countryAt(c, k + 1);
        if (code != null) {
          return code;
        }
      }
    }
    for (Mention m : c.countries) {
      if (c.clause[m.first()] != cl) {
        continue;
      }
      for (int k = m.last() + 1; k < c.tokens.size() && k <= m.last() + 3; k++) {
        Token t = c.tokens.get(k);
        if (t.isWord() && ProseWords.HOSTING.contains(t.norm())) {
          return m.code();
        }
      }
    }
    return dyad.first();
  }

  /** The dyad, unless the clause is about another pair of countries (or one outside country). */
  String pairSubject(SentenceContext c, int clause) {
    String inDyad = null;
    boolean both = false;
    List<String> outside = new ArrayList<>(2);
    for (Mention m : c.countries) {
      if (c.clause[m.first()] != clause) {
        continue;
      }
      if (dyad.contains(m.code())) {
        if (inDyad != null && !inDyad.equals(m.code())) {
          both = true;
        }
        inDyad = m.code();
      } else if (!outside.contains(m.code())) {
        outside.add(m.code());
      }
    }
    if (outside.isEmpty() || both) {
      return dyad.id();
    }
    if (inDyad != null) {
      return new Dyad(inDyad, outside.get(0)).id();
    }
    return outside.size() >= 2 ? new Dyad(outside.get(0), outside.get(1)).id() : outside.get(0);
  }
}
