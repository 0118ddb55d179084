package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.vocabulary.DataFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A number's role, recognised before it is taken as a quantity: a count of the document's own
 * things ("1 point (2023)", "3 observed or reported values"; nouns in {@code count-nouns.csv}), a
 * threshold ("(>= 10)"), the value of a machine-named rule ("total_change_pct is 14.81"), or a
 * section number ("3.4 Refugees").
 */
final class NumberRoles {

  private static final Set<String> COUNT_NOUNS = load();
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z]+[._][a-z]+[a-z._-]*");
  private static final Pattern SECTION = Pattern.compile("\\d+(\\.\\d+)+|\\d+");
  /** How far before a number a machine name still claims it. */
  private static final int IDENTIFIER_REACH = 60;
  /** Words a count noun may follow the number by ("3 observed or reported values"). */
  private static final int COUNT_REACH = 4;
  /** Tokens a compared count may stand before "than" ("3 points, fewer than the 5"). */
  private static final int COMPARISON_REACH = 6;

  private NumberRoles() {}

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (DataFile.Row r : DataFile.resource("count-nouns.csv", "noun")) {
      if (!out.add(r.field(0).toLowerCase())) {
        throw r.error("'" + r.field(0) + "' is listed twice");
      }
    }
    return Set.copyOf(out);
  }

  /** True when the number at {@code i} is not a quantity of the world. */
  static boolean notAQuantity(List<Token> tokens, int i, String flat, int lineStart, int lineEnd) {
    Token t = tokens.get(i);
    if (countOfThings(tokens, i) || comparedCount(tokens, i) || threshold(flat, t.start())) {
      return true;
    }
    int from = Math.max(lineStart, t.start() - IDENTIFIER_REACH);
    String before = flat.substring(from, t.start());
    int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'), before.lastIndexOf(" and ")));
    String near = stop < 0 ? before : before.substring(stop + 1);
    // An identifier has a '.' or '_' between letters: without either (most numbers) the pattern is not tried.
    if ((near.indexOf('.') >= 0 || near.indexOf('_') >= 0) && IDENTIFIER.matcher(near).find()) {
      return true;
    }
    // "3.4 Refugees": a section number heading a short line.
    return i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && blank(flat, lineStart, t.start())
        && SECTION.matcher(t.text()).matches() && flat.substring(t.start(), lineEnd).strip().split("\\s+").length <= 8;
  }

  /**
   * True when {@code flat} holds only whitespace from {@code from} to {@code to}; no substring
   * made, as the text before a number can be a whole paragraph on one line.
   */
  static boolean blank(String flat, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(flat.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean countOfThings(List<Token> tokens, int i) {
    for (int k = i + 1; k < tokens.size() && k <= i + COUNT_REACH; k++) {
      Token w = tokens.get(k);
      if (!w.isWord()) {
        return false;
      }
      if (COUNT_NOUNS.contains(w.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "made from 3 points, fewer than the 5 a backtest needs": a number compared with a count of
   * things just before it, its noun left out, is a count of the same things.
   */
  private static boolean comparedCount(List<Token> tokens, int i) {
    int k = i - 1;
    if (k >= 0 && tokens.get(k).isWord() && tokens.get(k).norm().equals("the")) {
      k--;
    }
    if (k < 0 || !tokens.get(k).isWord() || !tokens.get(k).norm().equals("than")) {
      return false;
    }
    for (int j = k - 1; j >= 0 && j >= k - COMPARISON_REACH; j--) {
      if (tokens.get(j).isNumber()) {
        return countOfThings(tokens, j);
      }
    }
    return false;
  }

  private static boolean threshold(String flat, int start) {
    int k = start - 1;
    while (k >= 0 && flat.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && "<>=≥≤".indexOf(flat.charAt(k)) >= 0;
  }
}
