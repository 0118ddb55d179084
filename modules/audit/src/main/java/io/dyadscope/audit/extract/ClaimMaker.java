package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Units.Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes the claim of one amount of a sentence: the quantity it measures (the nearest lexicon phrase
 * of its clause whose unit fits, or the one a change statement forces), what it is about, its
 * period and whether it is a projection. Used by the stages that read levels and changes.
 */
final class ClaimMaker {

  /** How a claim's period is found: given (by a change statement), searched near the number, or unknown. */
  record When(Period period, boolean search) {
    static final When SEARCH = new When(null, true);
    static final When UNKNOWN = new When(null, false);

    static When stated(Period p) {
      return new When(p, false);
    }
  }

  /**
   * What an amount was read as: a claim, or nothing; {@code increment} when it is a change by an
   * amount ("grew by $1 billion"), tied to a quantity but not a level of it.
   */
  record Reading(Claim claim, boolean increment) {
    static final Reading NONE = new Reading(null, false);
  }

  private final ProseSetting s;

  ClaimMaker(ProseSetting setting) {
    this.s = setting;
  }

  /**
   * The claim for amount {@code a}: {@code forced} is the indicator of a change statement it
   * belongs to (or null to pick one by the nearest lexicon phrase).
   */
  Reading claimFor(SentenceContext c, AmountReader.Read a, Indicator forced, When when) {
    if (countsSomethingElse(c, a)) {
      return Reading.NONE;
    }
    Indicator ind = null;
    String subject = null;
    if (forced != null && a.amount().fits(forced.unit())) {
      ind = forced;
      subject = s.subjects().subject(c, a, forced, null);
    }
    if (ind == null || subject == null) {
      ind = null;
      for (Candidate cand : candidates(c, a)) {
        Indicator i = s.catalogue().find(cand.match.indicator()).orElse(null);
        if (i == null || !a.amount().fits(i.unit())) {
          continue;
        }
        i = orient(c, cand.match, i);
        String subj = s.subjects().subject(c, a, i, cand.match);
        if (subj != null) {
          ind = i;
          subject = subj;
          break;
        }
      }
    }
    if (ind == null) {
      return Reading.NONE;
    }
    // "CPEC ... to grow trade volumes by $62 billion": an initiative's effect on trade.
    if (ind.family() == Family.TRADE && !ind.id().equals("trade.balance")) {
      Mention init = initiativeEffect(c, a);
      Indicator increase = s.tradeIncrease();
      if (init != null && increase != null && a.amount().fits(increase.unit())) {
        ind = increase;
        subject = init.code();
      } else if (a.first() > 0 && c.tokens.get(a.first() - 1).is("by") && growthVerbBefore(c, a.first()) >= 0) {
        return new Reading(null, true);
      }
    }
    Period period = when.period();
    PeriodBasis pb = period == null ? PeriodBasis.NONE : PeriodBasis.STATED;
    if (when.search()) {
      YearMention y = StatedPeriods.periodOf(c, a);
      if (y != null) {
        period = y.period();
        pb = y.citation() ? PeriodBasis.CITATION : PeriodBasis.STATED;
      }
    }
    Status status = statusOf(c, a);
    String unit = ind.unit();
    Amount am = a.amount();
    double v = Units.fromBase(am.value(), unit);
    double lo = Units.fromBase(am.low(), unit);
    double hi = Units.fromBase(am.high(), unit);
    return new Reading(new Claim(c.line(a.first()), c.excerpt(), ind.id(), subject, period, pb, v,
        Math.min(lo, v), Math.max(hi, v), unit, status, am.qualifier(), am.written(), "text"), false);
  }

  /** A projection when a projection word stands before the number in its clause, or just after it. */
  static Status statusOf(SentenceContext c, AmountReader.Read a) {
    int cl = c.clause[a.first()];
    for (int k = a.first() - 1; k >= 0 && k >= a.first() - 12 && c.clause[k] == cl; k--) {
      if (c.amountAt[k] != null && k < a.first()) {
        break;
      }
      Token t = c.tokens.get(k);
      if (t.isWord() && ProseWords.PROJECTION.contains(t.norm())) {
        return Status.PROJECTION;
      }
    }
    for (int k = a.last() + 1; k < c.tokens.size() && k <= a.last() + 3 && c.clause[k] == cl; k++) {
      Token t = c.tokens.get(k);
      if (t.isWord() && ProseWords.PROJECTION.contains(t.norm())) {
        return Status.PROJECTION;
      }
    }
    return Status.REPORTED;
  }

  /** Exports from the second country are the first country's imports, and the reverse. */
  Indicator orient(SentenceContext c, Lexicon.Match m, Indicator i) {
    boolean exports = i.id().equals("trade.exports");
    boolean imports = i.id().equals("trade.imports");
    if (!exports && !imports) {
      return i;
    }
    String actor = null;
    // "exports from X", "imports into X"
    for (int k = m.last() + 1; k <= m.last() + 2 && k < c.tokens.size(); k++) {
      Token t = c.tokens.get(k);
      boolean fits = exports ? t.is("from") : t.is("to") || t.is("into") || t.is("by");
      if (fits) {
        actor = s.subjects().countryAt(c, k + 1);
        break;
      }
    }
    // "X's exports", "Afghan exports"
    if (actor == null && m.first() > 0) {
      actor = s.subjects().countryEndingAt(c, m.first() - 1);
    }
    if (actor != null && actor.equals(s.dyad().second())) {
      String other = exports ? "trade.imports" : "trade.exports";
      return s.catalogue().find(other).orElse(i);
    }
    return i;
  }

  /** The initiative whose effect on trade amount {@code a} is, or null. */
  private static Mention initiativeEffect(SentenceContext c, AmountReader.Read a) {
    if (a.first() == 0) {
      return null;
    }
    Token prev = c.tokens.get(a.first() - 1);
    if (!prev.is("by") && !prev.is("to")) {
      return null;
    }
    int verb = growthVerbBefore(c, a.first());
    if (verb < 0) {
      return null;
    }
    Mention init = null;
    int cl = c.clause[a.first()];
    for (Mention m : c.initiatives) {
      if (m.last() < a.first() && c.clause[m.first()] == cl) {
        init = m;
      }
    }
    if (init == null) {
      return null;
    }
    // "by X": any initiative of the clause; "to X": only when the initiative drives the verb.
    return prev.is("by") || init.last() < verb ? init : null;
  }

  private static int growthVerbBefore(SentenceContext c, int index) {
    int cl = c.clause[index];
    for (int k = index - 1; k >= 0 && k >= index - 14 && c.clause[k] == cl; k--) {
      Token t = c.tokens.get(k);
      if (t.isWord() && ProseWords.GROWTH_VERB.contains(verbStem(t.norm()))) {
        return k;
      }
    }
    return -1;
  }

  static String verbStem(String w) {
    if (w.endsWith("ing") && w.length() > 5) {
      String b = w.substring(0, w.length() - 3);
      return ProseWords.GROWTH_VERB.contains(b) ? b : ProseWords.GROWTH_VERB.contains(b + "e") ? b + "e" : w;
    }
    if (w.endsWith("ed") && w.length() > 4) {
      String b = w.substring(0, w.length() - 2);
      return ProseWords.GROWTH_VERB.contains(b) ? b : ProseWords.GROWTH_VERB.contains(b + "e") ? b + "e" : w;
    }
    return w;
  }

  /**
   * True when a count names what it counts and that is none of the catalogue's quantities: "14
   * members", "300 people were killed". A count followed by a quantity's phrase ("270 incidents",
   * "1.4 million registered Afghan refugees"), a preposition or punctuation is left to the lexicon.
   */
  static boolean countsSomethingElse(SentenceContext c, AmountReader.Read a) {
    if (a.amount().kind() != Dimension.COUNT) {
      return false;
    }
    if (casualties(c, a)) {
      return true;
    }
    int n = c.tokens.size();
    int seen = 0;
    for (int k = a.last() + 1; k < n && seen < 2; k++) {
      Token t = c.tokens.get(k);
      if (!t.isWord() || ProseWords.FUNCTION.contains(t.norm())) {
        return false;
      }
      if (startsLexiconPhrase(c, k)) {
        return false;
      }
      if (isCountryToken(c, k) || ProseWords.PERSON.contains(t.norm())) {
        continue;
      }
      seen++;
    }
    return seen > 0 && !ProseWords.PERSON.contains(c.tokens.get(a.last() + 1).norm());
  }

  /** "300 people were killed": a casualty word within three tokens after the number. */
  static boolean casualties(SentenceContext c, AmountReader.Read a) {
    for (int k = a.last() + 1; k < c.tokens.size() && k <= a.last() + 3; k++) {
      Token t = c.tokens.get(k);
      if (t.isWord() && ProseWords.CASUALTY.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsLexiconPhrase(SentenceContext c, int k) {
    for (Lexicon.Match m : c.lex) {
      if (m.first() == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountryToken(SentenceContext c, int k) {
    for (Mention m : c.countries) {
      if (m.first() <= k && k <= m.last()) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(Lexicon.Match match, int distance, boolean after) {}

  private static List<Candidate> candidates(SentenceContext c, AmountReader.Read a) {
    List<Candidate> out = new ArrayList<>(4);
    int cl = c.clause[a.first()];
    for (Lexicon.Match m : c.lex) {
      if (c.clause[m.first()] != cl && c.clause[m.last()] != cl) {
        continue;
      }
      if (m.last() < a.first()) {
        int d = a.first() - m.last() - 1;
        if (d <= 10) {
          out.add(new Candidate(m, d, false));
        }
      } else if (m.first() > a.last()) {
        int d = m.first() - a.last() - 1;
        if (d <= 10) {
          // "exports made up USD 1,400 million (80%) and imports USD 350 million": a phrase after
          // an "and" starts the next item of a list; the number belongs to the phrase before it.
          boolean nextItem = false;
          for (int k = a.last() + 1; k < m.first(); k++) {
            nextItem |= c.tokens.get(k).is("and");
          }
          // "197 attacks and 412 incidents": a number with a noun of its own is that noun's count, and
          // the phrase of the next item is not its name.
          if (nextItem && !OpenQuantity.nounsAfter(c, a.last() + 1).isEmpty()) {
            continue;
          }
          out.add(new Candidate(m, nextItem ? d + 11 : d, true));
        }
      }
    }
    out.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::after));
    return out;
  }
}
