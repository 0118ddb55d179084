package io.dyadscope.audit.extract;

import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.audit.vocabulary.SpanPhrases;
import io.dyadscope.audit.vocabulary.StrengthWords;
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
public final class ProseReader {

  private static final Set<String> REFERENCE_WORDS = Set.of("table", "figure", "fig", "section", "chapter",
      "volume", "vol", "number", "no", "page", "p", "pp", "phase", "article", "paragraph", "annex", "appendix",
      "track", "tier", "level", "step", "grade", "class", "resolution", "item", "version", "rank", "ranked", "issue",
      "chart", "box", "part", "point", "note", "footnote", "ref", "reference", "wave", "round");
  private static final Set<String> ABBREVIATED_REFERENCES = Set.of("no", "vol", "p", "pp", "fig", "nos", "ch",
      "sec", "art", "para");
  private static final Set<String> DURATIONS = Set.of("year", "month", "week", "day", "decade", "hour", "minute",
      "century", "yr", "second", "kilometre", "kilometer", "km", "mile");
  private static final Set<String> PROJECTION_WORDS = Set.of("projected", "projection", "projecting",
      "forecast", "forecasted", "forecasting", "will", "expected", "expect", "anticipated", "anticipate",
      "potential", "could", "would", "likely", "outlook", "planned", "envisaged", "targeted");
  private static final Set<String> GROWTH_VERBS = Set.of("grow", "expand", "enhance", "raise", "boost", "increase",
      "lift", "add", "double", "augment");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "neither", "nor", "hardly",
      "didn't", "did't", "don't", "doesn't", "won't", "cannot");
  private static final Set<String> HOSTING = Set.of("host", "hosted", "hosting", "shelter", "sheltered",
      "sheltering", "accommodate", "accommodated", "accommodating", "welcome", "welcomed", "receive", "received",
      "house", "housed", "harbour", "harbor", "harboured", "harbored");
  private static final Set<String> CASUALTIES = Set.of("killed", "dead", "death", "died", "wounded", "injured",
      "casualty", "fatality", "deaths");
  private static final Set<String> PERSONS = Set.of("people", "person", "individual", "resident", "inhabitant",
      "registered", "new", "more", "additional", "other", "official", "total");
  private static final Set<String> FUNCTION_WORDS = Set.of("in", "from", "to", "by", "of", "during", "for", "and",
      "or", "was", "were", "is", "are", "per", "as", "at", "than", "compared", "while", "but", "since", "when",
      "with", "on", "against", "according", "until", "through", "throughout", "over", "after", "before", "between",
      "that", "which", "this", "these", "those", "the", "a", "an", "it", "its", "has", "have", "had", "been", "being",
      "will", "would", "could", "may", "might", "should", "can", "under", "into", "year", "month");
  private static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "but", "although", "though");

  private final Layout layout;
  private final Lines lines;
  private final String flat;
  private final Dyad dyad;
  private final Lexicon lexicon;
  private final IndicatorCatalogue catalogue;
  private final Places places;
  private final Initiatives initiatives;
  private final List<SentenceListener> listeners;
  private final Indicator tradeIncrease;

  private final List<Claim> claims = new ArrayList<>();
  private final List<ChangeStatement> changes = new ArrayList<>();
  private final List<TrendStatement> trends = new ArrayList<>();
  private int numbersFound;
  private int numbersTied;

  /** What the running text states. */
  public record Result(List<Claim> claims, List<ChangeStatement> changes, List<TrendStatement> trends,
      int numbersFound, int numbersTied) {}

  private ProseReader(Layout layout, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
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

  /** Everything known about the sentence being read. */
  private final class Ctx {
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
      this.initiatives = ProseReader.this.initiatives.find(tokens);
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

  /** Adds a claim unless the sentence already states it (a phrase repeated by mistake). */
  private static void add(List<Claim> sentenceClaims, Claim claim) {
    for (Claim k : sentenceClaims) {
      if (k.indicator().equals(claim.indicator()) && k.subject().equals(claim.subject())
          && java.util.Objects.equals(k.period(), claim.period()) && k.value() == claim.value()) {
        return;
      }
    }
    sentenceClaims.add(claim);
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

  // ---------------------------------------------------------------- claims

  /** How a claim's period is found: given (by a change statement), searched near the number, or unknown. */
  private record When(Period period, boolean search) {
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
  private record Reading(Claim claim, boolean increment) {
    static final Reading NONE = new Reading(null, false);
  }

  /**
   * The claim for amount {@code a}: {@code forced} is the indicator of a change statement it
   * belongs to (or null to pick one by the nearest lexicon phrase).
   */
  private Reading claimFor(Ctx c, AmountReader.Read a, Indicator forced, When when) {
    if (countsSomethingElse(c, a)) {
      return Reading.NONE;
    }
    Indicator ind = null;
    String subject = null;
    if (forced != null && a.amount().fits(forced.unit())) {
      ind = forced;
      subject = subject(c, a, forced, null);
    }
    if (ind == null || subject == null) {
      ind = null;
      for (Candidate cand : candidates(c, a)) {
        Indicator i = catalogue.find(cand.match.indicator()).orElse(null);
        if (i == null || !a.amount().fits(i.unit())) {
          continue;
        }
        i = orient(c, cand.match, i);
        String s = subject(c, a, i, cand.match);
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
      YearMention y = periodOf(c, a);
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

  /** Exports from the second country are the first country's imports, and the reverse. */
  private Indicator orient(Ctx c, Lexicon.Match m, Indicator i) {
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
        actor = countryAt(c, k + 1);
        break;
      }
    }
    // "X's exports", "Afghan exports"
    if (actor == null && m.first() > 0) {
      actor = countryEndingAt(c, m.first() - 1);
    }
    if (actor != null && actor.equals(dyad.second())) {
      String other = exports ? "trade.imports" : "trade.exports";
      return catalogue.find(other).orElse(i);
    }
    return i;
  }

  private String countryAt(Ctx c, int token) {
    for (Mention m : c.countries) {
      if (m.first() == token || m.first() == token + 1 && c.tokens.get(token).is("the")) {
        return m.code();
      }
    }
    return null;
  }

  private String countryEndingAt(Ctx c, int token) {
    for (Mention m : c.countries) {
      if (m.last() == token) {
        return m.code();
      }
    }
    return null;
  }

  /** The initiative whose effect on trade amount {@code a} is, or null. */
  private Mention initiativeEffect(Ctx c, AmountReader.Read a) {
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

  private int growthVerbBefore(Ctx c, int index) {
    int cl = c.clause[index];
    for (int k = index - 1; k >= 0 && k >= index - 14 && c.clause[k] == cl; k--) {
      Token t = c.tokens.get(k);
      if (t.isWord() && GROWTH_VERBS.contains(verbStem(t.norm()))) {
        return k;
      }
    }
    return -1;
  }

  private static String verbStem(String w) {
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

  /** What a claim of {@code ind} near amount {@code a} is about, or null when it cannot be told. */
  private String subject(Ctx c, AmountReader.Read a, Indicator ind, Lexicon.Match m) {
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

  private String nearestInitiative(Ctx c, int index) {
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
  private String respondents(Ctx c, AmountReader.Read a) {
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

  private String provinceNear(Ctx c, AmountReader.Read a) {
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
  private String host(Ctx c, int index) {
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
        if (t.isWord() && HOSTING.contains(t.norm())) {
          return m.code();
        }
      }
    }
    return dyad.first();
  }

  /** The dyad, unless the clause is about another pair of countries (or one outside country). */
  private String pairSubject(Ctx c, int clause) {
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

  /** The year a number refers to: stated beside it, else nearest in its clause, else a citation's. */
  private YearMention periodOf(Ctx c, AmountReader.Read a) {
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
      int d = y.token() < a.first() ? a.first() - y.token() - 1 : y.first() - a.last() - 1;
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

  private YearMention adjacentYear(Ctx c, int last) {
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

  private Status statusOf(Ctx c, AmountReader.Read a) {
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
  private static final class Change {
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

  private List<Change> findChanges(Ctx c) {
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

  private static boolean negated(List<Token> t, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
      if (t.get(k).isWord() && NEGATIONS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private void settleChange(Ctx c, Change ch, Map<AmountReader.Read, Boolean> done, List<Claim> sentenceClaims) {
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
      return;
    }
    Period[] range = range(c, c.clause[ch.verb]);
    Claim to = null;
    Claim from = null;
    if (ch.to != null) {
      boolean ranged = adjacentYear(c, ch.to.last()) == null && range != null;
      to = claimFor(c, ch.to, ind, ranged ? When.stated(range[1]) : When.SEARCH).claim();
    }
    if (ch.from != null) {
      YearMention adj = adjacentYear(c, ch.from.last());
      // Without a year of its own or a range, the starting value's period is unknown, not the end's.
      When when = adj != null && !adj.citation() ? When.stated(adj.period())
          : range != null ? When.stated(range[0]) : When.UNKNOWN;
      from = claimFor(c, ch.from, ind, when).claim();
    }
    if (to == null && from == null && ch.percent == null) {
      return;
    }
    String indicatorId = to != null ? to.indicator() : from != null ? from.indicator() : ind.id();
    String subject = to != null ? to.subject() : from != null ? from.subject() : subject(c, level != null ? level
        : ch.percent, ind, null);
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
        YearMention y = periodOf(c, ch.percent);
        period = y == null || y.citation() ? null : y.period();
      }
    }
    Token verb = c.tokens.get(ch.verb);
    changes.add(new ChangeStatement(c.line(ch.verb), c.excerpt(), indicatorId, subject, ch.direction, verb.text(),
        from, to, ch.percent == null ? null : ch.percent.amount(), period,
        StrengthWords.standard().near(c.tokens, ch.verb, 3, c.clause)));
  }

  /** The quantity a change statement is about: the nearest phrase to its verb that fits its numbers. */
  private Indicator changeIndicator(Ctx c, Change ch, AmountReader.Read level) {
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

  /** "between 2020 and 2021", "from 2020 to 2021", "2020-2021" in a clause. */
  private static Period[] range(Ctx c, int clause) {
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

  // ---------------------------------------------------------------- trends

  private void findTrends(Ctx c, List<Claim> sentenceClaims) {
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
      Period[] range = range(c, cl);
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
      String subject = ind.family() == Family.REFUGEES ? host(c, v) : pairSubject(c, cl);
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
  private Indicator joined(Ctx c, Lexicon.Match best, int verb, Indicator ind) {
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

  private static boolean joinedBy(Ctx c, Lexicon.Match a, Lexicon.Match b) {
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

  // ---------------------------------------------------------------- clauses

  private static int[] clauses(List<Token> tokens) {
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
