package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The initiatives a report names (projects, corridors, agreements, pipelines), read from the
 * report itself: an acronym defined after a spelled-out name ending in an initiative word
 * ("China-Pakistan Economic Corridor (CPEC)"), or an acronym followed by one ("CASA-1000 energy
 * project", "TAPI Gas Pipeline"). Organisations defined the same way ("International Monetary
 * Fund (IMF)") are not initiatives.
 */
public final class Initiatives {

  private static final Set<String> NOUNS = Set.of("project", "projects", "pipeline", "pipelines", "corridor",
      "corridors", "initiative", "initiatives", "agreement", "agreements", "programme", "programmes", "program",
      "programs", "railway", "railways", "highway", "highways", "infrastructure", "scheme", "schemes");
  private static final Set<String> INITIATIVE_WORDS = Set.of("corridor", "agreement", "project", "pipeline",
      "initiative", "programme", "program", "railway", "highway", "road", "port", "scheme", "plan", "zone", "dam",
      "link", "accord", "treaty", "deal", "line", "network", "connectivity", "motorway", "route", "belt");
  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on", "in", "i", "e", "de", "al");
  private static final Set<String> NOT_INITIATIVES = Set.of("US", "USA", "UK", "UN", "EU", "USD", "PKR", "INR",
      "GDP", "COVID", "COVID-19", "NGO", "NGOS", "IT", "AI");

  private final Map<String, String> byAcronym = new LinkedHashMap<>();
  private final Map<String, List<List<String>>> namesByFirstWord = new HashMap<>();
  private final Map<List<String>, String> codeByName = new HashMap<>();

  private Initiatives() {}

  /** The initiatives {@code text} defines or names. */
  public static Initiatives scan(String text) {
    Initiatives out = new Initiatives();
    int n = text.length();
    int i = 0;
    // One pass, by hand: "(ACRONYM)" after a name, and "ACRONYM [two words] noun".
    while (i < n) {
      char c = text.charAt(i);
      if (c == '(') {
        int p = i + 1;
        while (p < n && text.charAt(p) == ' ') {
          p++;
        }
        int end = acronymEnd(text, p);
        int q = end;
        while (q < n && text.charAt(q) == ' ') {
          q++;
        }
        if (end > p && q < n && text.charAt(q) == ')') {
          out.define(text, i, text.substring(p, end));
        }
        i++;
      } else if (c >= 'A' && c <= 'Z' && (i == 0 || !boundary(text.charAt(i - 1)))) {
        int end = acronymEnd(text, i);
        if (end - i >= 2 && end < n && Character.isWhitespace(text.charAt(end)) && nounFollows(text, end)) {
          out.add(text.substring(i, end));
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean boundary(char prev) {
    return Character.isLetterOrDigit(prev) || prev == '-';
  }

  /** End of an acronym at {@code p}: a capital, then capitals and digits, hyphenated parts. */
  private static int acronymEnd(String s, int p) {
    int n = s.length();
    if (p >= n || s.charAt(p) < 'A' || s.charAt(p) > 'Z') {
      return p;
    }
    int q = p + 1;
    while (true) {
      while (q < n && isCodeChar(s.charAt(q))) {
        q++;
      }
      if (q + 1 < n && s.charAt(q) == '-' && isCodeChar(s.charAt(q + 1))) {
        q++;
        continue;
      }
      break;
    }
    // "Trade": a capital followed by lower case is a word, not an acronym.
    if (q < n && Character.isLetter(s.charAt(q))) {
      return p;
    }
    return q == p + 1 ? p : q;
  }

  private static boolean isCodeChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** True when one of the next three words is an initiative noun ("energy project", "Gas Pipeline"). */
  private static boolean nounFollows(String s, int p) {
    int n = s.length();
    for (int w = 0; w < 3; w++) {
      while (p < n && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
      int start = p;
      while (p < n && (s.charAt(p) >= 'a' && s.charAt(p) <= 'z' || s.charAt(p) >= 'A' && s.charAt(p) <= 'Z')) {
        p++;
      }
      if (p == start) {
        return false;
      }
      String word = s.substring(start, p).toLowerCase(Locale.ROOT);
      boolean ends = p >= n || !Character.isLetterOrDigit(s.charAt(p));
      if (ends && (NOUNS.contains(word) || word.equals("transmission") && s.startsWith(" line", p))) {
        return true;
      }
      if (p >= n || !Character.isWhitespace(s.charAt(p))) {
        return false;
      }
    }
    return false;
  }

  /** True when {@code header} is a kind of initiative ("Initiative", "Projects", "Corridor"): a column of names. */
  public static boolean namesInitiatives(String header) {
    return NOUNS.contains(header.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /** Adds an initiative known from elsewhere (a table of initiatives). */
  public void add(String acronym) {
    if (!NOT_INITIATIVES.contains(acronym.toUpperCase(Locale.ROOT)) && acronym.length() >= 3) {
      byAcronym.putIfAbsent(acronym, acronym);
    }
  }

  public Set<String> codes() {
    return new LinkedHashSet<>(byAcronym.keySet());
  }

  public boolean contains(String acronym) {
    return byAcronym.containsKey(acronym);
  }

  private void define(String text, int paren, String acronym) {
    if (NOT_INITIATIVES.contains(acronym)) {
      return;
    }
    int from = Math.max(0, paren - 160);
    List<Token> tokens = Tokenizer.tokens(text, from, paren);
    // Trailing run of capitalised words, connectors and hyphens: the spelled-out name.
    List<Token> name = new ArrayList<>();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.isPunct('-') || t.isPunct('–')) {
        continue;
      }
      if (t.isWord() && (t.capitalised() || CONNECTORS.contains(t.norm()))) {
        name.add(0, t);
      } else {
        break;
      }
    }
    StringBuilder caps = new StringBuilder();
    for (int k = 0; k < acronym.length(); k++) {
      if (acronym.charAt(k) >= 'A' && acronym.charAt(k) <= 'Z') {
        caps.append(acronym.charAt(k));
      }
    }
    String letters = caps.toString();
    // The shortest tail of the name whose initials spell the acronym.
    for (int s = name.size() - 1; s >= 0; s--) {
      StringBuilder initials = new StringBuilder();
      for (int k = s; k < name.size(); k++) {
        Token t = name.get(k);
        if (t.capitalised()) {
          initials.append(Character.toUpperCase(t.text().charAt(0)));
        }
      }
      if (!name.get(s).capitalised()) {
        continue;
      }
      if (initials.toString().equals(letters)) {
        List<Token> words = name.subList(s, name.size());
        boolean initiative = words.stream().anyMatch(t -> INITIATIVE_WORDS.contains(t.norm()));
        if (initiative) {
          add(acronym);
          List<String> key = words.stream().map(Token::norm).toList();
          if (codeByName.putIfAbsent(key, acronym) == null) {
            namesByFirstWord.computeIfAbsent(key.get(0), k -> new ArrayList<>()).add(key);
          }
        }
        return;
      }
    }
  }

  private static boolean isCodePart(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** Initiatives named in {@code tokens}, by acronym or spelled-out name. */
  public List<Mention> find(List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        i++;
        continue;
      }
      if (t.acronym()) {
        // "CASA-1000": an acronym joined by a hyphen to a number or another acronym.
        StringBuilder code = new StringBuilder(t.text());
        int last = i;
        while (last + 2 < n && tokens.get(last + 1).isPunct('-')
            && tokens.get(last + 1).start() == tokens.get(last).end() && tokens.get(last + 2).isWord()
            && isCodePart(tokens.get(last + 2).text())) {
          code.append('-').append(tokens.get(last + 2).text());
          last += 2;
        }
        if (byAcronym.containsKey(code.toString())) {
          out.add(new Mention(i, last, code.toString()));
          i = last + 1;
          continue;
        }
        if (byAcronym.containsKey(t.text())) {
          out.add(new Mention(i, i, t.text()));
          i++;
          continue;
        }
      }
      List<List<String>> names = t.capitalised() ? namesByFirstWord.get(t.norm()) : null;
      int matched = -1;
      String matchedCode = null;
      if (names != null) {
        for (List<String> name : names) {
          int j = i;
          int w = 0;
          while (w < name.size() && j < n) {
            Token tj = tokens.get(j);
            if (tj.isPunct('-') || tj.isPunct('–')) {
              j++;
              continue;
            }
            if (!tj.isWord() || !tj.norm().equals(name.get(w))) {
              break;
            }
            w++;
            j++;
          }
          if (w == name.size() && j - 1 > matched) {
            matched = j - 1;
            matchedCode = codeByName.get(name);
          }
        }
      }
      if (matchedCode != null) {
        out.add(new Mention(i, matched, matchedCode));
        i = matched + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}
