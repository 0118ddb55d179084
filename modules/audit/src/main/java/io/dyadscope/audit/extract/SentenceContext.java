package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Token;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything known about the sentence being read, shared by the stages of the prose reader: its
 * tokens and what was found among them before any stage ran (clauses, lexicon phrases, years,
 * countries, initiatives, direction words), and what the stages add (the amounts, which of them a
 * stage has settled, the claims of the sentence). One per sentence; the stages keep no state of
 * their own between sentences.
 */
final class SentenceContext {

  final ProseSetting setting;
  final Sentence sentence;
  final List<Token> tokens;
  /** The clause of each token, counted from 0. */
  final int[] clause;
  final List<Lexicon.Match> lex;
  final List<YearMention> years;
  final List<Mention> countries;
  final List<Mention> initiatives;
  /** Indices of the direction words ("rose", "decline"), in order. */
  final List<Integer> directions = new ArrayList<>(2);
  /** The amount each token belongs to, or null. */
  final AmountReader.Read[] amountAt;
  /** The amounts of the sentence, in order (set by {@link AmountStage}). */
  final List<AmountReader.Read> amounts = new ArrayList<>();
  /** Amounts a stage has read, so that later stages leave them. */
  final Map<AmountReader.Read, Boolean> done = new IdentityHashMap<>();
  /** The claims of this sentence, in the order they were read. */
  final List<Claim> claims = new ArrayList<>();
  private List<Mention> provinces;
  private String excerpt;

  SentenceContext(ProseSetting setting, Sentence sentence, List<Token> tokens, List<Mention> countries) {
    this.setting = setting;
    this.sentence = sentence;
    this.tokens = tokens;
    this.countries = countries;
    this.clause = clauses(tokens);
    this.lex = withoutBalancedTrade(tokens, setting.lexicon().find(tokens));
    this.years = YearMention.find(tokens);
    this.initiatives = setting.initiatives().find(tokens);
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
      provinces = setting.places().provinces(tokens, setting.flat());
    }
    return provinces;
  }

  String excerpt() {
    if (excerpt == null) {
      excerpt = Excerpts.of(setting.layout().text(sentence));
    }
    return excerpt;
  }

  int line(int tokenIndex) {
    return setting.lines().lineOf(tokens.get(tokenIndex).start());
  }

  /** Adds a claim unless the sentence already states it (a phrase repeated by mistake). */
  void add(Claim claim) {
    for (Claim k : claims) {
      if (k.indicator().equals(claim.indicator()) && k.subject().equals(claim.subject())
          && java.util.Objects.equals(k.period(), claim.period()) && k.value() == claim.value()) {
        return;
      }
    }
    claims.add(claim);
  }

  /**
   * The lexicon's matches, less those of trade that only qualify a balance: in "Peru's deficit in
   * bilateral goods trade widened to $268 million" the number is the deficit, not the trade.
   */
  static List<Lexicon.Match> withoutBalancedTrade(List<Token> tokens, List<Lexicon.Match> lex) {
    List<Lexicon.Match> out = new ArrayList<>(lex.size());
    for (Lexicon.Match m : lex) {
      if (!m.indicator().startsWith("trade.") || m.indicator().equals("trade.balance") || !balanced(tokens, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** A balance word, a preposition, then at most three words before the match. */
  private static boolean balanced(List<Token> tokens, Lexicon.Match m) {
    for (int k = m.first() - 1; k >= 0 && k >= m.first() - 4; k--) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (ProseWords.PREPOSITION.contains(t.norm())) {
        return k > 0 && tokens.get(k - 1).isWord() && ProseWords.BALANCE.contains(tokens.get(k - 1).norm());
      }
    }
    return false;
  }

  /** A new clause starts at a semicolon or a clause word ("while", "but"). */
  static int[] clauses(List<Token> tokens) {
    int[] out = new int[tokens.size()];
    int id = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct(';') || t.isWord() && ProseWords.CLAUSE.contains(t.norm())) {
        id++;
      }
      out[i] = id;
    }
    return out;
  }

  /** Puts {@code amount} in place of the reading {@code old}, for every stage after this one. */
  AmountReader.Read replace(AmountReader.Read old, Amount amount) {
    AmountReader.Read r = new AmountReader.Read(amount, old.first(), old.last());
    amounts.replaceAll(a -> a == old ? r : a);
    for (int k = old.first(); k <= old.last(); k++) {
      amountAt[k] = r;
    }
    return r;
  }
}
