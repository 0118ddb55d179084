package io.dyadscope.audit.table;

import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.Gazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reassembles column headers from header lines where the words of each header wrap across lines:
 *
 * <pre>
 * Year Exports from Pakistan  Imports to Pakistan Total Trade Trade Balance
 * to Afghanistan from Afghanistan Volume (Pakistan)
 * </pre>
 *
 * <p>Each line is cut where a new header plausibly starts (a capitalised word after a word that is
 * not a connector, a wide gap, a closed parenthesis), and neighbours that form a lexicon phrase
 * are rejoined ("Total Trade"). The line with the most pieces fixes the columns; every other line
 * lends its pieces to a run of neighbouring columns, above as prefixes and below as suffixes. Among
 * the ways to do so, the one whose headers best name the columns' contents wins: one indicator per
 * number column (as many of its words as possible), a label word over the label column, balanced
 * parentheses.
 */
final class HeaderSplitter {

  private static final Set<String> CONNECTORS = Set.of("of", "from", "to", "in", "for", "and", "on", "the", "per",
      "by", "&", "with", "into", "at", "a", "an", "or", "vs", "vs.");
  private static final Set<String> UNIT_WORDS = Set.of("usd", "us$", "$", "billion", "billions", "million",
      "millions", "thousand", "thousands", "%", "percent", "percentage", "number", "count", "values", "value", "in",
      "of", "mn", "bn", "pkr", "inr", "%o", "usd)", "share");
  static final Set<String> LABEL_WORDS = Set.of("year", "years", "period", "initiative", "initiatives", "project",
      "projects", "perception", "indicator", "indicators", "country", "countries", "province", "provinces", "region",
      "regions", "category", "categories", "item", "items", "name", "variable", "measure", "type", "sector",
      "response", "responses", "survey", "quarter", "month", "fiscal", "group", "statement", "question", "metric");

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final Map<TextTable.Role, Map<String, Double>> memo = new java.util.EnumMap<>(TextTable.Role.class);

  HeaderSplitter(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    for (TextTable.Role r : TextTable.Role.values()) {
      memo.put(r, new HashMap<>());
    }
  }

  /** The headers of columns with {@code roles}, from {@code lines} (top to bottom). */
  String[] split(List<String> lines, TextTable.Role[] roles) {
    int k = roles.length;
    String[] empty = new String[k];
    java.util.Arrays.fill(empty, "");
    if (lines.isEmpty() || k == 0) {
      return empty;
    }
    List<List<String>> segs = new ArrayList<>();
    for (String l : lines) {
      segs.add(pieces(l));
    }
    int main = 0;
    for (int i = 1; i < segs.size(); i++) {
      if (segs.get(i).size() > segs.get(main).size()) {
        main = i;
      }
    }
    String[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    // Nearest lines first: above the main line they are prefixes, below suffixes.
    List<Integer> order = new ArrayList<>();
    for (int d = 1; d < segs.size(); d++) {
      if (main - d >= 0) {
        order.add(main - d);
      }
      if (main + d < segs.size()) {
        order.add(main + d);
      }
    }
    for (String[] option : HeaderLayouts.fit(segs.get(main), k, true)) {
      String[] cols = option.clone();
      double[] scores = new double[k];
      for (int i = 0; i < k; i++) {
        scores[i] = score(cols[i], roles[i]);
      }
      for (int l : order) {
        attach(cols, scores, segs.get(l), l < main, roles);
      }
      double s = 0;
      for (double x : scores) {
        s += x;
      }
      if (s > bestScore) {
        bestScore = s;
        best = cols;
      }
    }
    for (int i = 0; i < k; i++) {
      best[i] = Text.collapse(best[i]);
    }
    return best;
  }

  /** Lends {@code line}'s pieces to the run of columns where they fit best, updating the scores. */
  private void attach(String[] cols, double[] scores, List<String> line, boolean prefix, TextTable.Role[] roles) {
    int k = cols.length;
    double bestGain = Double.NEGATIVE_INFINITY;
    String[] bestPieces = null;
    int bestOffset = 0;
    double[] bestScores = null;
    for (String[] merged : HeaderLayouts.fit(line, Math.min(k, line.size()), false)) {
      int m = merged.length;
      for (int off = 0; off + m <= k; off++) {
        double gain = 0;
        double[] next = new double[m];
        for (int t = 0; t < m; t++) {
          String text = prefix ? merged[t] + " " + cols[off + t] : cols[off + t] + " " + merged[t];
          next[t] = score(text, roles[off + t]);
          gain += next[t] - scores[off + t];
        }
        // Ties go to spreading the pieces: a wrapped header continues where it started.
        gain += 0.01 * m;
        if (gain > bestGain) {
          bestGain = gain;
          bestPieces = merged;
          bestOffset = off;
          bestScores = next;
        }
      }
    }
    if (bestPieces == null) {
      return;
    }
    for (int t = 0; t < bestPieces.length; t++) {
      int c = bestOffset + t;
      cols[c] = prefix ? bestPieces[t] + " " + cols[c] : cols[c] + " " + bestPieces[t];
      scores[c] = bestScores[t];
    }
  }

  /** A header line cut where new headers plausibly start, lexicon phrases rejoined. */
  List<String> pieces(String line) {
    List<String> words = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      int spaces = 0;
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
        spaces++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(line.substring(start, i));
        gaps.add(spaces);
      }
    }
    List<List<String>> segs = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    int depth = 0;
    boolean closed = false;
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      boolean cut = false;
      if (w > 0) {
        String prev = words.get(w - 1);
        if (gaps.get(w) >= 2 || closed) {
          cut = true;
        } else if (depth > 0) {
          if (isUnit(prev) && capitalised(word) && !isUnit(word) && !prev.endsWith(",")) {
            cut = true;
            depth = 0;
          }
        } else if (word.startsWith("(") || Text.year(word) || Text.year(prev)) {
          cut = true;
        } else if (capitalised(word) && !CONNECTORS.contains(prev.toLowerCase(Locale.ROOT)) && !prev.endsWith("-")
            && !prev.endsWith("/")) {
          cut = true;
        } else if ((word.equals("to") || word.equals("from") || word.equals("into")) && isCountry(prev)) {
          cut = true;
        }
      }
      if (cut && !cur.isEmpty()) {
        segs.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(word);
      if (word.startsWith("(")) {
        depth++;
      }
      closed = false;
      if (word.indexOf(')') >= 0) {
        depth = Math.max(0, depth - 1);
        closed = depth == 0;
      }
    }
    if (!cur.isEmpty()) {
      segs.add(cur);
    }
    List<String> out = new ArrayList<>();
    for (List<String> s : segs) {
      out.add(String.join(" ", s));
    }
    // Rejoin neighbours that begin a lexicon phrase together: "Total" + "Trade".
    int j = 0;
    while (j + 1 < out.size()) {
      String next = out.get(j + 1);
      String joined = withoutParentheses(out.get(j) + " " + next);
      if (!next.startsWith("(") && !out.get(j).contains("(") && lexicon.startsPhrase(joined)) {
        out.set(j, out.get(j) + " " + next);
        out.remove(j + 1);
      } else {
        j++;
      }
    }
    return out;
  }

  private double score(String header, TextTable.Role role) {
    Map<String, Double> m = memo.get(role);
    Double cached = m.get(header);
    if (cached != null) {
      return cached;
    }
    double s = compute(header.strip(), role);
    m.put(header, s);
    return s;
  }

  private double compute(String header, TextTable.Role role) {
    if (header.isEmpty()) {
      return -3;
    }
    String plain = withoutParentheses(header);
    List<String> kept = new ArrayList<>();
    boolean entity = false;
    List<String> plainWords = Text.words(plain);
    for (String w : plainWords) {
      if (isCountry(w)) {
        entity = true;
      } else {
        kept.add(w);
      }
    }
    List<Token> tokens = Tokenizer.tokens(String.join(" ", kept));
    int words = 0;
    Set<String> indicators = new HashSet<>();
    for (Lexicon.Match m : lexicon.find(tokens)) {
      words += m.words();
      indicators.add(m.indicator());
    }
    String first = kept.isEmpty() ? "" : Text.trimToLetters(kept.get(0)).toLowerCase(Locale.ROOT);
    boolean label = LABEL_WORDS.contains(first);
    boolean year = Text.year(header);
    double s = 0;
    switch (role) {
      case LABEL -> {
        s += label ? 1 : indicators.isEmpty() ? 0.5 : -1;
        s -= 0.25 * Math.max(0, plainWords.size() - 1);
      }
      case NUMBER, PARTS -> {
        s += words;
        if (indicators.size() > 1) {
          s -= 2 * (indicators.size() - 1);
        }
        if (indicators.isEmpty()) {
          s += entity || year || hasAcronym(plain) ? 0.5 : -1;
        }
        if (label) {
          s -= 1;
        }
        // A header naming a quantity seldom starts with a country's name: "Registered Afghan
        // Refugees", not "Afghan Percentage Change". Only breaks ties.
        if (!indicators.isEmpty() && !plainWords.isEmpty() && isCountry(plainWords.get(0))) {
          s -= 0.1;
        }
      }
      case TEXT -> s += indicators.isEmpty() ? 0 : -0.5;
      default -> { }
    }
    if (header.startsWith("(")) {
      s -= 2;
    }
    int open = TableFinder.parenBalance(header);
    if (open != 0) {
      s -= 1;
    }
    return s;
  }

  private static boolean hasAcronym(String text) {
    for (String w : Text.words(text)) {
      if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(
          ch -> ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-')) {
        return true;
      }
    }
    return false;
  }

  private boolean isCountry(String word) {
    String w = Text.trimToLetters(word);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && gazetteer.byName(w).isPresent();
  }

  private static boolean isUnit(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ("(),;:".indexOf(c) < 0) {
        b.append(Character.toLowerCase(c));
      }
    }
    return UNIT_WORDS.contains(b.toString());
  }

  private static boolean capitalised(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }

  /** The text with parenthesised parts (and an unclosed one at the end) removed. */
  static String withoutParentheses(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return Text.collapse(out);
  }
}
