package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What reading a report's running text needs at every step: the report, the vocabulary, the
 * sentence being read ({@link Ctx}), and how a number's subject, period and status are found. The
 * statements ({@link StatementReading}) and claims ({@link ProseReader}) build on it.
 */
abstract class SentenceReading {

  static final Set<String> REFERENCE_WORDS = Set.of("table", "figure", "fig", "section", "chapter",
      "volume", "vol", "number", "no", "page", "p", "pp", "phase", "article", "paragraph", "annex", "appendix",
      "track", "tier", "level", "step", "grade", "class", "resolution", "item", "version", "rank", "ranked", "issue",
      "chart", "box", "part", "point", "note", "footnote", "ref", "reference", "wave", "round");
  static final Set<String> ABBREVIATED_REFERENCES = Set.of("no", "vol", "p", "pp", "fig", "nos", "ch",
      "sec", "art", "para");
  static final Set<String> DURATIONS = Set.of("year", "month", "week", "day", "decade", "hour", "minute",
      "century", "yr", "second", "kilometre", "kilometer", "km", "mile");
  static final Set<String> PROJECTION_WORDS = Set.of("projected", "projection", "projecting",
      "forecast", "forecasted", "forecasting", "will", "expected", "expect", "anticipated", "anticipate",
      "potential", "could", "would", "likely", "outlook", "planned", "envisaged", "targeted");
  static final Set<String> GROWTH_VERBS = Set.of("grow", "expand", "enhance", "raise", "boost", "increase",
      "lift", "add", "double", "augment");
  static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "neither", "nor", "hardly",
      "didn't", "did't", "don't", "doesn't", "won't", "cannot");
  static final Set<String> HOSTING = Set.of("host", "hosted", "hosting", "shelter", "sheltered",
      "sheltering", "accommodate", "accommodated", "accommodating", "welcome", "welcomed", "receive", "received",
      "house", "housed", "harbour", "harbor", "harboured", "harbored");
  static final Set<String> CASUALTIES = Set.of("killed", "dead", "death", "died", "wounded", "injured",
      "casualty", "fatality", "deaths");
  static final Set<String> PERSONS = Set.of("people", "person", "individual", "resident", "inhabitant",
      "registered", "new", "more", "additional", "other", "official", "total");
  static final Set<String> FUNCTION_WORDS = Set.of("in", "from", "to", "by", "of", "during", "for", "and",
      "or", "was", "were", "is", "are", "per", "as", "at", "than", "compared", "while", "but", "since", "when",
      "with", "on", "against", "according", "until", "through", "throughout", "over", "after", "before", "between",
      "that", "which", "this", "these", "those", "the", "a", "an", "it", "its", "has", "have", "had", "been", "being",
      "will", "would", "could", "may", "might", "should", "can", "under", "into", "year", "month");
  static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "but", "although", "though");

  final Layout layout;
  final Lines lines;
  final String flat;
  final Dyad dyad;
  final Lexicon lexicon;
  final IndicatorCatalogue catalogue;
  final Places places;
  final Initiatives initiatives;
  final List<SentenceListener> listeners;
  final Indicator tradeIncrease;
  final Subjects subjects;

  final List<Claim> claims = new ArrayList<>();
  final List<ChangeStatement> changes = new ArrayList<>();
  final List<TrendStatement> trends = new ArrayList<>();
  int numbersFound;
  int numbersTied;

  SentenceReading(Layout layout, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives, List<SentenceListener> listeners) {
    this.layout = layout;
    this.lines = layout.lines();
    this.flat = lines.flat();
    this.dyad = dyad;
    this.lexicon = lexicon;
    this.catalogue = catalogue;
    this.places = places;
    this.initiatives = initiatives;
    this.listeners = listeners;
    this.tradeIncrease = catalogue.find("connectivity.trade_increase").orElse(null);
    this.subjects = new Subjects(dyad);
  }

  /** Everything known about the sentence being read. */
  final class Ctx {
    final Sentence sentence;
    final List<Token> tokens;
    final int[] clause;
    final List<Lexicon.Match> lex;
    final List<YearMention> years;
    final List<Mention> countries;
    final List<Mention> initiatives;
    List<Mention> provinces;
    final AmountReader.Read[] amountAt;
    /** Indices of the direction words ("rose", "decline"), in order. */
    final List<Integer> directions = new ArrayList<>(2);
    String excerpt;

    Ctx(Sentence sentence, List<Token> tokens, List<Mention> countries) {
      this.sentence = sentence;
      this.tokens = tokens;
      this.countries = countries;
      this.clause = clauses(tokens);
      this.lex = lexicon.find(tokens);
      this.years = YearMention.find(tokens);
      this.initiatives = SentenceReading.this.initiatives.find(tokens);
      this.amountAt = new AmountReader.Read[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.isWord() && Direction.of(t.norm()) != null) {
          directions.add(i);
        }
      }
    }

    List<Mention> provinces() {
      if (provinces == null) {
        provinces = places.provinces(tokens, flat);
      }
      return provinces;
    }

    String excerpt() {
      if (excerpt == null) {
        excerpt = Excerpts.of(layout.text(sentence));
      }
      return excerpt;
    }

    int line(int tokenIndex) {
      return lines.lineOf(tokens.get(tokenIndex).start());
    }
  }

  // ---------------------------------------------------------------- claims

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

  /** The claim of amount {@code a}: its quantity, subject, period and status (see {@link ProseReader}). */
  abstract Reading claimFor(Ctx c, AmountReader.Read a, Indicator forced, When when);

  /** Adds a claim unless the sentence already states it (a phrase repeated by mistake). */
  static void add(List<Claim> sentenceClaims, Claim claim) {
    for (Claim k : sentenceClaims) {
      if (k.indicator().equals(claim.indicator()) && k.subject().equals(claim.subject())
          && java.util.Objects.equals(k.period(), claim.period()) && k.value() == claim.value()) {
        return;
      }
    }
    sentenceClaims.add(claim);
  }

  /** Exports from the second country are the first country's imports, and the reverse. */
  Indicator orient(Ctx c, Lexicon.Match m, Indicator i) {
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
        actor = subjects.countryAt(c, k + 1);
        break;
      }
    }
    // "X's exports", "Afghan exports"
    if (actor == null && m.first() > 0) {
      actor = subjects.countryEndingAt(c, m.first() - 1);
    }
    if (actor != null && actor.equals(dyad.second())) {
      String other = exports ? "trade.imports" : "trade.exports";
      return catalogue.find(other).orElse(i);
    }
    return i;
  }

  /** The initiative whose effect on trade amount {@code a} is, or null. */
  Mention initiativeEffect(Ctx c, AmountReader.Read a) {
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

  int growthVerbBefore(Ctx c, int index) {
    int cl = c.clause[index];
    for (int k = index - 1; k >= 0 && k >= index - 14 && c.clause[k] == cl; k--) {
      Token t = c.tokens.get(k);
      if (t.isWord() && GROWTH_VERBS.contains(verbStem(t.norm()))) {
        return k;
      }
    }
    return -1;
  }

  static String verbStem(String w) {
    if (w.endsWith("ing") && w.length() > 5) {
      String s = w.substring(0, w.length() - 3);
      return GROWTH_VERBS.contains(s) ? s : GROWTH_VERBS.contains(s + "e") ? s + "e" : w;
    }
    if (w.endsWith("ed") && w.length() > 4) {
      String s = w.substring(0, w.length() - 2);
      return GROWTH_VERBS.contains(s) ? s : GROWTH_VERBS.contains(s + "e") ? s + "e" : w;
    }
    return w;
  }

  // ---------------------------------------------------------------- clauses

  static int[] clauses(List<Token> tokens) {
    int[] out = new int[tokens.size()];
    int id = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct(';') || t.isWord() && CLAUSE_WORDS.contains(t.norm())) {
        id++;
      }
      out[i] = id;
    }
    return out;
  }
}
