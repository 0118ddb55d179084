package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.Units.Dimension;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A quantity the lexicon does not name, read from the sentence itself: the phrase a number
 * measures, its head noun with the noun before it, normalised (lower case, singular; countries and
 * demonyms left out): "7.2 million crossings at the complex" and "Person crossings ... totalled 3
 * million" measure "crossing" and "person crossing". A phrase after a preposition belongs to the noun
 * before it ("deficit in bilateral goods trade" is a deficit). Where the number is counted (a
 * proper name opening the clause, or a place after "at", "on", "in"...) is kept beside it, so that
 * figures for two crossing points are not one quantity.
 *
 * <p>Its claims carry the indicator {@code quantity:WORDS} or {@code quantity:WORDS @ PLACE}, which no
 * workspace indicator has, so they are compared only with the report's own figures of the same
 * quantity ({@link #sameQuantity}).
 */
public final class OpenQuantity {

  static final String PREFIX = "quantity:";
  private static final String AT = " @ ";
  /** How many nouns of a phrase name the quantity: the head and the noun before it. */
  private static final int WORDS = 2;

  private OpenQuantity() {}

  /** True when {@code indicator} is an open quantity's. */
  public static boolean isOpen(String indicator) {
    return indicator.startsWith(PREFIX);
  }

  /** The quantity's words, without its place: {@code crossing} for {@code quantity:crossing @ the complex}. */
  public static String words(String indicator) {
    String s = indicator.substring(PREFIX.length());
    int at = s.indexOf(AT);
    return at < 0 ? s : s.substring(0, at);
  }

  /** Where the quantity is counted, or the empty string. */
  public static String place(String indicator) {
    int at = indicator.indexOf(AT);
    return at < 0 ? "" : indicator.substring(at + AT.length());
  }

  /**
   * True when two open quantities can be one: the words of one are among those of the other
   * ("visitor" and "visitor arrival"), and their places agree. A place that is only a common noun
   * with "the" ("the complex") refers back to a named place ending in that noun.
   */
  public static boolean sameQuantity(String a, String b) {
    List<String> wa = Arrays.asList(words(a).split(" "));
    List<String> wb = Arrays.asList(words(b).split(" "));
    if (!wa.containsAll(wb) && !wb.containsAll(wa) && !abbreviates(wa, wb) && !abbreviates(wb, wa)) {
      return false;
    }
    String pa = place(a);
    String pb = place(b);
    if (pa.isEmpty() || pb.isEmpty() || pa.equals(pb)) {
      return true;
    }
    return pa.startsWith("the ") && pb.endsWith(" " + lastWord(pa)) || pb.startsWith("the ") && pa.endsWith(
        " " + lastWord(pb));
  }

  /**
   * "gwh" for "gigawatt hour", "km" for "kilometre": one short word whose letters come in order
   * in the other's words, each word starting with one of them, the first letters alike.
   */
  static boolean abbreviates(List<String> shortForm, List<String> full) {
    if (shortForm.size() != 1 || full.size() < 1) {
      return false;
    }
    String a = shortForm.get(0);
    String f = String.join("", full);
    if (a.length() < 2 || a.length() > 5 || a.length() >= f.length() || a.charAt(0) != f.charAt(0)) {
      return false;
    }
    int p = 0;
    for (String w : full) {
      if (w.isEmpty() || a.indexOf(w.charAt(0), p) < 0) {
        return false;
      }
      p = a.indexOf(w.charAt(0), p) + 1;
    }
    int k = 0;
    for (int i = 0; i < f.length() && k < a.length(); i++) {
      if (f.charAt(i) == a.charAt(k)) {
        k++;
      }
    }
    return k == a.length();
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  /**
   * The indicator of the open quantity amount {@code a} measures, or null when no phrase can be
   * read for it: the nouns right after the number ("7.2 million crossings"), else the noun phrase
   * before the verb that governs it ("visitor arrivals in Cambodia numbered 1.05 million").
   */
  static String of(SentenceContext c, AmountReader.Read a) {
    List<String> words = nounsAfter(c, a.last() + 1);
    if (words.isEmpty()) {
      int verb = governingVerb(c, a.first());
      if (verb < 0) {
        return null;
      }
      words = phraseBefore(c, verb);
    }
    if (words.isEmpty() || ProseWords.MONTH.contains(words.get(words.size() - 1))) {
      return null; // "31 December": a date
    }
    return PREFIX + String.join(" ", words) + placeSuffix(place(c, c.clause[a.first()]));
  }

  /** The indicator of the quantity whose change the direction word at {@code verb} states, or null. */
  static String ofChange(SentenceContext c, int verb, AmountReader.Read end) {
    List<String> words = end == null ? List.of() : nounsAfter(c, end.last() + 1);
    if (words.isEmpty()) {
      words = phraseBefore(c, verb);
    }
    return words.isEmpty() ? null : PREFIX + String.join(" ", words) + placeSuffix(place(c, c.clause[verb]));
  }

  /**
   * The indicator of the open quantity a table column measures: the nouns of its header, its unit in
   * brackets left out ("Persons" is "person", "Total trade (EUR million)" is "trade"), counted at
   * {@code place} (a row's label, or empty); null when the header has no noun.
   */
  public static String ofHeader(String header, String place) {
    if (header.contains("%")) {
      return null;
    }
    String h = header.replaceAll("\\([^)]*\\)|\\[[^]]*\\]", " ");
    List<String> run = new ArrayList<>();
    for (Token t : io.dyadscope.audit.text.Tokenizer.tokens(h)) {
      if (t.isWord() && ProseWords.SHARE_WORD.contains(t.norm())) {
        return null;
      }
      if (t.isWord() && ProseWords.PREPOSITION.contains(t.norm()) && !run.isEmpty()) {
        break; // "Exports to Algeria": the phrase after a preposition qualifies the noun before it
      }
      if (modifier(t)) {
        continue;
      }
      if (t.isWord() && noun(t) && !ProseWords.MONTH.contains(t.norm())) {
        run.add(t.norm());
      } else if (!t.isPunct('-')) {
        run.clear(); // "Share of persons (%)": the nouns after the last break
      }
    }
    if (run.isEmpty()) {
      return null;
    }
    String p = place.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return PREFIX + String.join(" ", last(run)) + placeSuffix(p);
  }

  private static String placeSuffix(String place) {
    return place.isEmpty() ? "" : AT + place;
  }

  /** The run of nouns starting at {@code k}, countries left out: its last two. */
  static List<String> nounsAfter(SentenceContext c, int k) {
    List<String> run = new ArrayList<>();
    for (int i = k; i < c.tokens.size() && run.size() < 4; i++) {
      Token t = c.tokens.get(i);
      if (t.isPunct('-') && !run.isEmpty() && i + 1 < c.tokens.size() && c.tokens.get(i + 1).isWord()) {
        continue; // "gigawatt-hours": one word in two tokens
      }
      if (modifier(t)) {
        continue;
      }
      if (!t.isWord() || !noun(t)) {
        break;
      }
      if (!inCountry(c, i)) {
        run.add(t.norm());
      }
    }
    return last(run);
  }

  /**
   * The token of the verb governing a number that follows it ("handled", "totalled some",
   * "was worth just"), or -1: the number is the verb's object, and the phrase before the verb what
   * it measures.
   */
  static int governingVerb(SentenceContext c, int number) {
    int k = number - 1;
    while (k >= 0 && c.tokens.get(k).isWord() && ProseWords.QUANTITY_LINK.contains(c.tokens.get(k).norm())
        && !verb(c.tokens.get(k))) {
      k--;
    }
    if (k < 0 || !c.tokens.get(k).isWord() || !verb(c.tokens.get(k))) {
      return -1;
    }
    // "was worth", "had reached": the verb group's first word.
    while (k > 0 && c.tokens.get(k - 1).isWord() && verb(c.tokens.get(k - 1))) {
      k--;
    }
    return k;
  }

  /**
   * The noun phrase ending just before {@code verb}, read backwards: a phrase after a preposition
   * belongs to the noun before it, so it is dropped ("crossings on the border" is "crossing").
   */
  static List<String> phraseBefore(SentenceContext c, int verb) {
    Deque<String> words = new ArrayDeque<>();
    int cl = c.clause[verb];
    for (int k = verb - 1; k >= 0 && c.clause[k] == cl; k--) {
      Token t = c.tokens.get(k);
      if (t.isPunct('-') && k > 0 && c.tokens.get(k - 1).isWord()) {
        continue;
      }
      if (t.isWord() && ProseWords.DETERMINER.contains(t.norm())) {
        if (k > 0 && c.tokens.get(k - 1).isWord() && ProseWords.PREPOSITION.contains(c.tokens.get(k - 1).norm())) {
          words.clear();
          k--;
          continue;
        }
        break;
      }
      if (t.isWord() && ProseWords.PREPOSITION.contains(t.norm())) {
        words.clear();
        continue;
      }
      if (modifier(t)) {
        continue;
      }
      if (!t.isWord() || !noun(t)) {
        break;
      }
      if (!inCountry(c, k)) {
        words.addFirst(t.norm());
      }
    }
    return last(new ArrayList<>(words));
  }

  /**
   * Where the numbers of a clause are counted: a proper name opening it ("Oybek-Fotehobod alone
   * handled", "The Chacalluta-Santa Rosa complex, which links..."), else the first phrase after a
   * place preposition that is no country and no year ("at the complex", "on the Uzbek-Tajik
   * border"). Empty when there is none.
   */
  static String place(SentenceContext c, int clause) {
    int start = 0;
    while (start < c.tokens.size() && c.clause[start] != clause) {
      start++;
    }
    int k = start;
    if (k < c.tokens.size() && c.tokens.get(k).isWord() && ProseWords.DETERMINER.contains(c.tokens.get(k).norm())) {
      k++;
    }
    // A capitalised word opening a sentence may be any word: only a name of two words or more
    // ("Oybek-Fotehobod") or one after "The" is taken for a proper name there.
    int capitalised = 0;
    for (int i = k; i < c.tokens.size() && (c.tokens.get(i).capitalised() && !inCountry(c, i)
        || c.tokens.get(i).isPunct('-') && capitalised > 0); i++) {
      capitalised += c.tokens.get(i).isWord() ? 1 : 0;
    }
    if (capitalised >= 2 || capitalised == 1 && k > 0) {
      return String.join(" ", phraseFrom(c, k));
    }
    for (int i = start; i + 1 < c.tokens.size() && c.clause[i] == clause; i++) {
      Token t = c.tokens.get(i);
      if (!t.isWord() || !ProseWords.PLACE_PREPOSITION.contains(t.norm())) {
        continue;
      }
      int j = i + 1;
      boolean the = c.tokens.get(j).isWord() && ProseWords.DETERMINER.contains(c.tokens.get(j).norm());
      j += the ? 1 : 0;
      if (j >= c.tokens.size() || inCountry(c, j) && !phraseGoesOnPastCountry(c, j) || !c.tokens.get(j).isWord()
          || ProseWords.YEAR_WORD.contains(c.tokens.get(j).norm())) {
        continue; // "in fiscal year 2023": a time, not a place
      }
      List<String> phrase = phraseFrom(c, j);
      if (phrase.isEmpty()) {
        continue;
      }
      boolean named = false;
      for (int m = j; m < j + phrase.size() + 3 && m < c.tokens.size(); m++) {
        named |= c.tokens.get(m).capitalised();
      }
      return (named || !the ? "" : "the ") + String.join(" ", phrase);
    }
    return "";
  }

  /** "the Uzbek-Tajik border": a country's name or demonym that qualifies a place noun after it. */
  private static boolean phraseGoesOnPastCountry(SentenceContext c, int j) {
    for (Mention m : c.countries) {
      if (m.first() == j) {
        int after = m.last() + 1;
        while (after < c.tokens.size() && (c.tokens.get(after).isPunct('-') || inCountry(c, after))) {
          after++;
        }
        return after < c.tokens.size() && c.tokens.get(after).isWord() && noun(c.tokens.get(after))
            && !c.tokens.get(after).capitalised();
      }
    }
    return false;
  }

  /** The words of a name or noun phrase starting at {@code k}, hyphens joining, lower case. */
  private static List<String> phraseFrom(SentenceContext c, int k) {
    List<String> out = new ArrayList<>();
    for (int i = k; i < c.tokens.size() && out.size() < 6; i++) {
      Token t = c.tokens.get(i);
      if (t.isPunct('-') && !out.isEmpty() && i + 1 < c.tokens.size() && c.tokens.get(i + 1).isWord()) {
        continue;
      }
      if (modifier(t)) {
        continue;
      }
      if (!t.isWord() || !noun(t) || YearMention.isYear(t)) {
        break;
      }
      out.add(t.text().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** A word that can be part of a noun phrase: no function word, verb form or adverb. */
  private static boolean noun(Token t) {
    String w = t.norm();
    return !ProseWords.QUANTITY_STOP.contains(w) && !ProseWords.FUNCTION.contains(w)
        && !ProseWords.QUANTITY_LINK.contains(w) && !ProseWords.DETERMINER.contains(w)
        && !ProseWords.PREPOSITION.contains(w) && !ProseWords.CLAUSE.contains(w) && !verb(t)
        && !ProseWords.MODIFIER.contains(w)
        && !w.endsWith("ly") && Direction.of(w) == null && !w.isEmpty() && Character.isLetter(w.charAt(0));
  }

  /** "total", "bilateral", "alone": passed over, neither part of a phrase nor its end. */
  private static boolean modifier(Token t) {
    return t.isWord() && ProseWords.MODIFIER.contains(t.norm());
  }

  /** A verb form: a linking verb, or a past tense or participle ("handled", "totalled"). */
  private static boolean verb(Token t) {
    String w = t.norm();
    return ProseWords.LINKING_VERB.contains(w) || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")
        || Direction.of(w) != null;
  }

  private static boolean inCountry(SentenceContext c, int k) {
    for (Mention m : c.countries) {
      if (m.first() <= k && k <= m.last()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> last(List<String> run) {
    return run.size() <= WORDS ? run : run.subList(run.size() - WORDS, run.size());
  }

  /** True when two amounts can be values of one quantity: same kind and currency, not percentages. */
  static boolean comparable(Amount a, Amount b) {
    return a.kind() == b.kind() && a.kind() != Dimension.PERCENT && a.currency().equals(b.currency());
  }

  /** A claim of open quantity {@code indicator} in base units (dollars, counts). */
  static Claim claim(int line, String excerpt, String indicator, String subject, Period period, Amount a,
      Status status) {
    String unit = a.kind() == Dimension.MONEY ? (a.currency().isEmpty() ? "money" : a.currency()) : "count";
    return new Claim(line, excerpt, indicator, subject, period,
        period == null ? PeriodBasis.NONE : PeriodBasis.STATED, a.value(), Math.min(a.low(), a.value()),
        Math.max(a.high(), a.value()), unit, status, a.qualifier(), a.written(), "text");
  }
}
