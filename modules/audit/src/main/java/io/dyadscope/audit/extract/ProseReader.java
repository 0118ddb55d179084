package io.dyadscope.audit.extract;

import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the claims of a report's running text, sentence by sentence: each number with its scale
 * and unit, the quantity it measures (the nearest lexicon phrase of the same clause whose unit
 * fits), what it is about, its period and whether it is a projection; and the sentences that say a
 * quantity rose or fell, with or without numbers.
 *
 * <p>Work is linear in the text: each sentence is tokenised once and every look-up is local to
 * the sentence.
 */
public final class ProseReader extends StatementReading {

  /** What the running text states. */
  public record Result(List<Claim> claims, List<ChangeStatement> changes, List<TrendStatement> trends,
      int numbersFound, int numbersTied) {}

  private ProseReader(Layout layout, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives, List<SentenceListener> listeners) {
    super(layout, dyad, lexicon, catalogue, places, initiatives, listeners);
  }

  /** Reads every sentence of {@code layout}, telling {@code listeners} about each. */
  public static Result read(Layout layout, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives, List<SentenceListener> listeners) {
    ProseReader r = new ProseReader(layout, dyad, lexicon, catalogue, places, initiatives, listeners);
    for (Sentence s : layout.sentences()) {
      r.sentence(s);
    }
    return new Result(List.copyOf(r.claims), List.copyOf(r.changes), List.copyOf(r.trends), r.numbersFound,
        r.numbersTied);
  }

  private void sentence(Sentence s) {
    List<Token> tokens = Tokenizer.tokens(flat, s.start(), s.end());
    List<Mention> countries = places.countries(tokens, flat);
    int before = claims.size();
    if (!s.heading() && worthReading(tokens)) {
      analyse(new Ctx(s, tokens, countries));
    }
    for (SentenceListener l : listeners) {
      l.sentence(s, tokens, countries, claims.size() - before);
    }
  }

  /** Only sentences with a number or a direction word can hold a claim, a change or a trend. */
  private static boolean worthReading(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.isNumber() || t.isWord() && Direction.of(t.norm()) != null) {
        return true;
      }
    }
    return false;
  }

  private void analyse(Ctx c) {
    List<Token> tokens = c.tokens;
    Set<Integer> yearTokens = new HashSet<>();
    for (YearMention y : c.years) {
      yearTokens.add(y.token());
    }
    List<AmountReader.Read> amounts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isNumber() && !yearTokens.contains(i) && isQuantity(tokens, i)) {
        AmountReader.Read r = AmountReader.read(tokens, i, flat);
        amounts.add(r);
        for (int k = r.first(); k <= r.last(); k++) {
          c.amountAt[k] = r;
        }
        i = r.last();
      }
    }
    numbersFound += amounts.size();
    Map<AmountReader.Read, Boolean> done = new IdentityHashMap<>();
    List<Claim> sentenceClaims = new ArrayList<>();
    for (Change ch : findChanges(c)) {
      settleChange(c, ch, done, sentenceClaims);
    }
    for (AmountReader.Read a : amounts) {
      if (done.containsKey(a)) {
        continue;
      }
      Reading r = claimFor(c, a, null, When.SEARCH);
      if (r.claim() != null) {
        add(sentenceClaims, r.claim());
      }
      if (r.claim() != null || r.increment()) {
        numbersTied++;
      }
    }
    claims.addAll(sentenceClaims);
    findTrends(c, sentenceClaims);
  }


  private boolean isQuantity(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    // "1. To analyse ...": a list marker at the start of a line.
    int lineStart = lines.start(lines.lineOf(t.start()));
    if (flat.substring(lineStart, t.start()).isBlank() && i + 1 < tokens.size()
        && (tokens.get(i + 1).isPunct('.') || tokens.get(i + 1).isPunct(')')) && t.text().length() <= 2
        && Text.digits(t.text())) {
      return false;
    }
    if (NumberRoles.notAQuantity(tokens, i, flat, lineStart, lines.end(lines.lineOf(t.start())))) {
      return false;
    }
    // "Table 3", "Volume 3", "Phase 2": a capitalised reference word names a part, not a quantity
    // ("will number 250" is a quantity).
    if (i > 0 && tokens.get(i - 1).capitalised() && REFERENCE_WORDS.contains(tokens.get(i - 1).norm())) {
      return false;
    }
    if (i > 1 && tokens.get(i - 1).isPunct('.') && tokens.get(i - 2).isWord()
        && ABBREVIATED_REFERENCES.contains(tokens.get(i - 2).norm())) {
      return false;
    }
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      if (next.isWord() && DURATIONS.contains(next.norm())) {
        return false;
      }
      if (next.isPunct('-') && i + 2 < tokens.size() && DURATIONS.contains(tokens.get(i + 2).norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The claim for amount {@code a}: {@code forced} is the indicator of a change statement it
   * belongs to (or null to pick one by the nearest lexicon phrase).
   */
  @Override
  Reading claimFor(Ctx c, AmountReader.Read a, Indicator forced, When when) {
    if (countsSomethingElse(c, a)) {
      return Reading.NONE;
    }
    Indicator ind = null;
    String subject = null;
    if (forced != null && a.amount().fits(forced.unit())) {
      ind = forced;
      subject = subjects.subject(c, a, forced, null);
    }
    if (ind == null || subject == null) {
      ind = null;
      for (Candidate cand : candidates(c, a)) {
        Indicator i = catalogue.find(cand.match.indicator()).orElse(null);
        if (i == null || !a.amount().fits(i.unit())) {
          continue;
        }
        i = orient(c, cand.match, i);
        String s = subjects.subject(c, a, i, cand.match);
        if (s != null) {
          ind = i;
          subject = s;
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
      if (init != null && tradeIncrease != null && a.amount().fits(tradeIncrease.unit())) {
        ind = tradeIncrease;
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

  /**
   * True when a count names what it counts and that is none of the catalogue's quantities: "14
   * members", "300 people were killed". A count followed by a quantity's phrase ("270 incidents",
   * "1.4 million registered Afghan refugees"), a preposition or punctuation is left to the lexicon.
   */
  private boolean countsSomethingElse(Ctx c, AmountReader.Read a) {
    if (a.amount().kind() != Dimension.COUNT) {
      return false;
    }
    int n = c.tokens.size();
    for (int k = a.last() + 1; k < n && k <= a.last() + 3; k++) {
      Token t = c.tokens.get(k);
      if (t.isWord() && CASUALTIES.contains(t.norm())) {
        return true;
      }
    }
    int seen = 0;
    for (int k = a.last() + 1; k < n && seen < 2; k++) {
      Token t = c.tokens.get(k);
      if (!t.isWord() || FUNCTION_WORDS.contains(t.norm())) {
        return false;
      }
      if (startsLexiconPhrase(c, k)) {
        return false;
      }
      if (isCountryToken(c, k) || PERSONS.contains(t.norm())) {
        continue;
      }
      seen++;
    }
    return seen > 0 && !PERSONS.contains(c.tokens.get(a.last() + 1).norm());
  }

  private static boolean startsLexiconPhrase(Ctx c, int k) {
    for (Lexicon.Match m : c.lex) {
      if (m.first() == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountryToken(Ctx c, int k) {
    for (Mention m : c.countries) {
      if (m.first() <= k && k <= m.last()) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(Lexicon.Match match, int distance, boolean after) {}

  private List<Candidate> candidates(Ctx c, AmountReader.Read a) {
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
          out.add(new Candidate(m, nextItem ? d + 11 : d, true));
        }
      }
    }
    out.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::after));
    return out;
  }

}
