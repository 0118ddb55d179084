package io.dyadscope.audit.check;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.extract.Excerpts;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.vocabulary.WordList;
import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Gazetteer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Misspelt and OCR-damaged words: a word used once that is neither English (the shipped word list)
 * nor a country name, but is one typing or OCR slip away from one, or from a word the report uses
 * often ("Myanrnar" for Myanmar: {@code rn} read for {@code m}; "authoritties": a letter doubled;
 * "Indai": two letters swapped; "enviromental": a letter dropped). Rare forms only: a name the report
 * uses repeatedly is its own. A British or American spelling of an English word
 * ({@code spelling-variants.csv}: "kilometre", "centres", "programme") is a word. A capitalised
 * word inside a sentence is a name ("Herat", "Hari"): it is a slip only when one slip away from a
 * place or a word the report uses often, never merely from an English word.
 */
final class GarbledWords {

  /** A word the report uses this often is part of its vocabulary. */
  private static final int FREQUENT = 3;
  private static final int SHORTEST = 4;

  /** Words of at least this length may have lost a letter ("transmision"). */
  private static final int DROP_SHORTEST = 7;
  private static final List<String[]> VARIANTS = variants();
  private static final String DROPPED = "a letter dropped";

  private GarbledWords() {}

  private static List<String[]> variants() {
    List<String[]> out = new ArrayList<>();
    for (io.dyadscope.audit.vocabulary.DataFile.Row r : io.dyadscope.audit.vocabulary.DataFile.resource(
        "spelling-variants.csv", "british", "american")) {
      out.add(new String[] {r.field(0).toLowerCase(Locale.ROOT), r.field(1).toLowerCase(Locale.ROOT)});
    }
    return List.copyOf(out);
  }

  /** True when {@code lower} is an English word in its British or American spelling. */
  static boolean english(String lower) {
    if (WordList.contains(lower)) {
      return true;
    }
    for (String[] v : VARIANTS) {
      for (int k = 0; k < 2; k++) {
        String from = v[k];
        String to = v[1 - k];
        for (int i = lower.indexOf(from); i >= 0; i = lower.indexOf(from, i + 1)) {
          if (WordList.contains(lower.substring(0, i) + to + lower.substring(i + from.length()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A capital letter not at the start of a sentence or line: a name. */
  private static boolean name(String text, int start, String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int k = start - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '“'
        || text.charAt(k) == '(' || text.charAt(k) == '\'' || text.charAt(k) == '‘')) {
      k--;
    }
    if (k < 0 || text.charAt(k) == '\n') {
      return false;
    }
    char c = text.charAt(k);
    return !(c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '|');
  }

  static List<AuditFinding> find(Lines lines, Gazetteer gazetteer) {
    String text = lines.text();
    // One pass finds the words (runs of letters) and counts them lower-cased; a word is cut out and
    // lower-cased again only when the second look needs it (a word used once).
    int[] at = new int[Math.max(16, text.length() / 6)];
    // Each word's count cell kept beside it, so the second look needs no second hash lookup.
    List<int[]> cells = new ArrayList<>();
    WordCounts counts = new WordCounts();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!letter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && letter(text.charAt(i))) {
        i++;
      }
      if (i - start < SHORTEST - 1) {
        continue; // neither judged nor a fix for a judged word (a fix is at most one letter shorter)
      }
      if (2 * cells.size() + 1 >= at.length) {
        at = java.util.Arrays.copyOf(at, at.length * 2);
      }
      at[2 * cells.size()] = start;
      at[2 * cells.size() + 1] = i;
      int[] cell = counts.cell(text, start, i);
      cell[0]++;
      cells.add(cell);
    }
    Set<String> places = new HashSet<>();
    for (Country c : gazetteer.all()) {
      places.add(c.name().toLowerCase(Locale.ROOT));
      for (String a : c.aliases()) {
        places.add(a.toLowerCase(Locale.ROOT));
      }
    }
    List<AuditFinding> out = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (int w = 0; w < cells.size(); w++) {
      if (cells.get(w)[0] > 1) {
        continue;
      }
      int start = at[2 * w];
      int end = at[2 * w + 1];
      String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (lower.length() < SHORTEST) {
        continue;
      }
      String word = text.substring(start, end);
      if (allCaps(word) || joined(text, start, end) || english(lower) || places.contains(lower)
          || !reported.add(lower)) {
        continue;
      }
      boolean name = name(text, start, word);
      for (String[] c : candidates(lower)) {
        String fix = c[0];
        boolean known = c[1].equals(DROPPED) ? WordList.containsExactly(fix) : WordList.contains(fix);
        if (!name && known || places.contains(fix) || counts.count(fix) >= FREQUENT) {
          int line = lines.lineOf(start);
          out.add(new AuditFinding(Checks.TEXT_DEFECT, Severity.WARNING, line, Excerpts.of(lines.line(line)),
              "garbled word '" + word + "': probably '" + cased(word, fix) + "' (" + c[1] + ")"));
          break;
        }
      }
    }
    return out;
  }

  /** Character.isLetter with the ASCII answer first: every character of the report is tested. */
  private static boolean letter(char c) {
    return c < 128 ? (c | 0x20) - 'a' < 26 && (c | 0x20) >= 'a' : Character.isLetter(c);
  }

  /** Part of a longer token with digits or an address, which the digit rule handles. */
  private static boolean joined(String text, int s, int e) {
    return s > 0 && (Character.isDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '/' || text.charAt(s - 1) == '.')
        || e < text.length() && (Character.isDigit(text.charAt(e)) || text.charAt(e) == '/');
  }

  private static boolean allCaps(String w) {
    return w.equals(w.toUpperCase(Locale.ROOT));
  }

  /** The words one typing or OCR slip away, each with the slip named. */
  private static List<String[]> candidates(String w) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < w.length(); i++) {
      if (w.charAt(i) == w.charAt(i + 1)) {
        out.add(new String[] {w.substring(0, i) + w.substring(i + 1), "a letter doubled"});
      } else {
        out.add(new String[] {w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2),
            "two letters swapped"});
      }
    }
    if (w.length() >= DROP_SHORTEST) {
      for (int i = 1; i < w.length(); i++) {
        for (char c = 'a'; c <= 'z'; c++) {
          out.add(new String[] {w.substring(0, i) + c + w.substring(i), DROPPED});
        }
      }
    }
    replaceEach(out, w, "rn", "m", "rn read for m");
    replaceEach(out, w, "cl", "d", "cl read for d");
    replaceEach(out, w, "vv", "w", "vv read for w");
    replaceEach(out, w, "m", "rn", "m read for rn");
    return out;
  }

  private static void replaceEach(List<String[]> out, String w, String from, String to, String why) {
    for (int i = w.indexOf(from); i >= 0; i = w.indexOf(from, i + 1)) {
      out.add(new String[] {w.substring(0, i) + to + w.substring(i + from.length()), why});
    }
  }

  private static String cased(String original, String fix) {
    return Character.isUpperCase(original.charAt(0)) ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1) : fix;
  }
}
