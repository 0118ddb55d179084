package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Subdivisions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds countries (through the gazetteer: names, aliases, demonyms) and the provinces of the
 * dyad's countries in a sentence's tokens. Only words that start with a capital letter can begin
 * a name; short all-capital aliases ({@code US}) match only as written.
 */
public final class Places {

  private final Gazetteer gazetteer;
  private final Subdivisions provinces;
  private final Set<String> dyadIso2 = new HashSet<>();
  private final Set<String> multiWordStarts = new HashSet<>();
  /**
   * The folded names of countries, and of the dyad's provinces, cut before each character that is
   * neither a letter nor a digit: a capitalised word that is none of these begins no name. Most
   * capitalised words begin none, and this one look-up spares them building and folding each
   * candidate name.
   */
  private final Set<String> countryStarts = new HashSet<>();
  private final Set<String> provinceStarts = new HashSet<>();
  private final int maxWords;

  public Places(Gazetteer gazetteer, Subdivisions provinces, Dyad dyad) {
    this(gazetteer, provinces, new String[] {dyad.first(), dyad.second()});
  }

  /** Countries only, before the dyad is known (to infer it). */
  public static Places countries(Gazetteer gazetteer) {
    return new Places(gazetteer, new Subdivisions(List.of()), new String[0]);
  }

  private Places(Gazetteer gazetteer, Subdivisions provinces, String[] dyadIso3) {
    this.gazetteer = gazetteer;
    for (String iso3 : dyadIso3) {
      gazetteer.byIso3(iso3).ifPresent(c -> dyadIso2.add(c.iso2()));
    }
    // Only the dyad's own subdivisions count, and the full list names thousands of places.
    this.provinces = provinces.of(dyadIso2);
    int max = 1;
    for (Country c : gazetteer.all()) {
      for (String name : c.names()) {
        addStarts(name, countryStarts);
        String[] words = name.strip().split("[\\s-]+");
        if (words.length > 1) {
          multiWordStarts.add(words[0].toLowerCase(Locale.ROOT));
          max = Math.max(max, words.length);
        }
      }
    }
    for (Subdivisions.Subdivision p : provinces.all()) {
      for (String name : names(p)) {
        String[] words = name.strip().split("[\\s-]+");
        if (words.length > 1) {
          multiWordStarts.add(words[0].toLowerCase(Locale.ROOT));
        }
      }
    }
    for (Subdivisions.Subdivision p : this.provinces.all()) {
      for (String name : names(p)) {
        addStarts(name, provinceStarts);
      }
    }
    this.maxWords = Math.max(max, provinces.maxWords());
  }

  /** Adds the starts of {@code name}, folded as the gazetteer folds names (case, ’ as '). */
  private static void addStarts(String name, Set<String> out) {
    String folded = fold(name.strip());
    for (int k = 1; k < folded.length(); k++) {
      if (!Character.isLetterOrDigit(folded.charAt(k))) {
        out.add(folded.substring(0, k));
      }
    }
    out.add(folded);
  }

  private static String fold(String s) {
    return s.replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  private static List<String> names(Subdivisions.Subdivision p) {
    List<String> n = new ArrayList<>(p.aliases());
    n.add(p.name());
    return n;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Countries named in {@code tokens}, each by its longest name. */
  public List<Mention> countries(List<Token> tokens, CharSequence flat) {
    return find(tokens, flat, true);
  }

  /** Provinces of the dyad's countries named in {@code tokens}. */
  public List<Mention> provinces(List<Token> tokens, CharSequence flat) {
    return find(tokens, flat, false);
  }

  private List<Mention> find(List<Token> tokens, CharSequence flat, boolean countries) {
    List<Mention> out = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Token t = tokens.get(i);
      if (!t.isWord() || !Character.isUpperCase(t.text().codePointAt(0))) {
        i++;
        continue;
      }
      String first = bare(t.text()).toLowerCase(Locale.ROOT);
      if (!(countries ? countryStarts : provinceStarts).contains(first.replace('’', '\''))) {
        i++;
        continue;
      }
      int longest = multiWordStarts.contains(first) ? maxWords : 1;
      int found = -1;
      String code = null;
      int wordsSeen = 0;
      int j = i;
      int lastWord = -1;
      List<Integer> ends = new ArrayList<>();
      // Collect candidate ends: words joined by spaces, hyphens or apostrophes.
      while (j < n && wordsSeen < longest) {
        Token tj = tokens.get(j);
        if (tj.isWord()) {
          wordsSeen++;
          lastWord = j;
          ends.add(j);
          j++;
          if (tj.text().endsWith("'s") || tj.text().endsWith("’s")) {
            break;
          }
        } else if ((tj.isPunct('-') || tj.isPunct('\'')) && lastWord >= 0 && j + 1 < n && tokens.get(j + 1).isWord()
            && tj.start() == tokens.get(lastWord).end()) {
          j++;
        } else {
          break;
        }
      }
      for (int e = ends.size() - 1; e >= 0 && code == null; e--) {
        int end = ends.get(e);
        String name = flat.subSequence(t.start(), tokens.get(end).end()).toString();
        name = bare(name);
        code = lookup(name, countries);
        if (code != null) {
          found = end;
        }
      }
      if (code != null && currencySign(flat, tokens.get(found).end())) {
        code = null; // "US$", "HK$": a currency, not the country
      }
      if (code != null) {
        out.add(new Mention(i, found, code));
        i = found + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** True when a currency sign follows at {@code end} with no space ("US$ 2 billion"). */
  private static boolean currencySign(CharSequence flat, int end) {
    if (end >= flat.length()) {
      return false;
    }
    char c = flat.charAt(end);
    return Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  private String lookup(String name, boolean countries) {
    if (countries) {
      Optional<Country> c = gazetteer.byName(name);
      return c.map(Country::iso3).orElse(null);
    }
    for (Subdivisions.Subdivision p : provinces.named(name)) {
      if (dyadIso2.contains(p.iso2())) {
        return p.code();
      }
    }
    return null;
  }

  /** The name without a possessive ending. */
  private static String bare(String name) {
    if (name.endsWith("'s") || name.endsWith("’s")) {
      return name.substring(0, name.length() - 2);
    }
    if (name.endsWith("'") || name.endsWith("’")) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }
}
