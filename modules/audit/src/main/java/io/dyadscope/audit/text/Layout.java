package io.dyadscope.audit.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a report's text: which lines are running text, headings, tables, page numbers
 * or running heads, and the sentences of the running text.
 *
 * <p>A heading is a short title-case line without closing punctuation that follows a blank line,
 * another heading or the end of a sentence. A running head is a line of 12 or more characters,
 * set apart by blank lines, repeated three or more times (a journal's name on every page). Table lines are given by the
 * caller (see {@code io.dyadscope.audit.table.TableFinder}).
 */
public final class Layout {

  /** What a line is. */
  public enum Kind {
    BLANK,
    TEXT,
    HEADING,
    TABLE,
    PAGE_NUMBER,
    RUNNING_HEAD
  }

  private static final Pattern PAGE =
      Pattern.compile("(?i)(?:page\\s+)?[-–]?\\s*\\d{1,5}\\s*[-–]?(?:\\s+of\\s+\\d+)?");
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\d{1,2}[.)]|[•▪◦·*-]|[a-z][.)])\\s+");
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?]+[\"'’”)\\]]*(?=\\s+[\"“'‘(\\[]?[\\p{Lu}\\d])");
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "al", "dr", "mr", "mrs", "ms",
      "prof", "no", "nos", "vol", "fig", "figs", "st", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "approx", "cf", "p", "pp", "ed", "eds", "gen", "gov", "govt", "dept",
      "est", "art", "sec", "ch", "op", "cit", "ibid");
  private static final Set<String> MINOR = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
      "of", "on", "or", "the", "to", "with", "vs", "via", "its", "their", "between", "after", "along", "across");

  private final Lines lines;
  private final Kind[] kinds;
  private final List<Sentence> sentences;
  private final int paragraphs;

  private Layout(Lines lines, BitSet tableLines) {
    this.lines = lines;
    this.kinds = classify(lines, tableLines);
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int n = lines.count();
    int i = 1;
    Matcher listMarker = LIST_MARKER.matcher(""); // one per layout, reset per line: no matcher per line
    while (i <= n) {
      Kind k = kinds[i - 1];
      if (k == Kind.HEADING) {
        out.add(new Sentence(out.size(), lines.start(i), trimEnd(lines, lines.start(i), lines.end(i)), paragraph++,
            true));
        i++;
      } else if (k == Kind.TEXT) {
        int first = i;
        i++;
        // A list item is a sentence of its own, whether or not the one before it ends with a stop.
        while (i <= n && kinds[i - 1] == Kind.TEXT && !listMarker.reset(lines.line(i).strip()).find()) {
          i++;
        }
        split(lines.start(first), lines.end(i - 1), paragraph++, out);
      } else {
        i++;
      }
    }
    this.sentences = List.copyOf(out);
    this.paragraphs = paragraph;
  }

  /** The layout of {@code lines}, where the lines set in {@code tableLines} (1-based) are tables. */
  public static Layout of(Lines lines, BitSet tableLines) {
    return new Layout(lines, tableLines);
  }

  public Lines lines() {
    return lines;
  }

  /** What line {@code n} (1-based) is. */
  public Kind kind(int n) {
    return kinds[n - 1];
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public int paragraphCount() {
    return paragraphs;
  }

  /** The sentence's text, on one line. */
  public String text(Sentence s) {
    return lines.flat().substring(s.start(), s.end());
  }

  private void split(int from, int to, int paragraph, List<Sentence> out) {
    String flat = lines.flat();
    Matcher m = SENTENCE_END.matcher(flat);
    m.region(from, to);
    m.useTransparentBounds(true);
    int start = skipSpace(flat, from, to);
    int at = from;
    // A sentence end starts with . ! or ?: try the pattern only there (as find() would, leftmost
    // first) rather than letting find() test every character of the paragraph.
    while ((at = nextStop(flat, at, to)) >= 0) {
      m.region(at, to);
      if (!m.lookingAt()) {
        at++;
        continue;
      }
      at = m.end();
      if (isAbbreviation(flat, m.start(), start)) {
        continue;
      }
      int end = m.end();
      if (end > start) {
        out.add(new Sentence(out.size(), start, end, paragraph, false));
      }
      start = skipSpace(flat, end, to);
    }
    int end = trimEnd(lines, start, to);
    if (end > start) {
      out.add(new Sentence(out.size(), start, end, paragraph, false));
    }
  }

  /** The first '.', '!' or '?' in {@code flat} from {@code from} before {@code to}, or -1. */
  private static int nextStop(String flat, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = flat.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAbbreviation(String flat, int dot, int sentenceStart) {
    if (flat.charAt(dot) != '.') {
      return false;
    }
    int w = dot;
    while (w > sentenceStart && (Character.isLetter(flat.charAt(w - 1)) || flat.charAt(w - 1) == '.')) {
      w--;
    }
    String word = flat.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    // Initials and dotted abbreviations: "U.S.", "J. Smith".
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.indexOf('.') > 0) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static int skipSpace(String s, int i, int to) {
    while (i < to && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(Lines lines, int from, int to) {
    String flat = lines.flat();
    while (to > from && Character.isWhitespace(flat.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static Kind[] classify(Lines lines, BitSet tableLines) {
    int n = lines.count();
    Kind[] kinds = new Kind[n];
    Map<String, Integer> repeats = new HashMap<>();
    for (int i = 1; i <= n; i++) {
      if (!tableLines.get(i) && lines.line(i).length() >= 12 && standsAlone(lines, i)) {
        repeats.merge(lines.line(i).strip(), 1, Integer::sum);
      }
    }
    Matcher page = PAGE.matcher(""); // reset per line: no matcher per line
    for (int i = 1; i <= n; i++) {
      String l = lines.line(i).strip();
      if (tableLines.get(i)) {
        kinds[i - 1] = Kind.TABLE;
      } else if (l.isEmpty()) {
        kinds[i - 1] = Kind.BLANK;
      } else if (mayBePageNumber(l.charAt(0)) && page.reset(l).matches()) {
        kinds[i - 1] = Kind.PAGE_NUMBER;
      } else if (l.length() >= 12 && standsAlone(lines, i) && repeats.getOrDefault(l, 0) >= 3) {
        // (set apart first: a cheap test most lines fail, where the look-up would hash the whole line)
        kinds[i - 1] = Kind.RUNNING_HEAD;
      } else {
        kinds[i - 1] = Kind.TEXT;
      }
    }
    for (int i = 1; i <= n; i++) {
      if (kinds[i - 1] == Kind.TEXT && followsBreak(lines, kinds, i)
          && (looksLikeHeading(lines.line(i).strip()) || sentenceCaseHeading(lines, kinds, i))) {
        kinds[i - 1] = Kind.HEADING;
      }
    }
    return kinds;
  }

  /**
   * Whether a stripped line starting with {@code c} can be a page number ({@link #PAGE}: "Page",
   * a dash or a digit first): most lines are not tried against the pattern at all.
   */
  private static boolean mayBePageNumber(char c) {
    return c == 'p' || c == 'P' || c == '-' || c == '–' || c >= '0' && c <= '9';
  }

  /** A line with a blank line (or the text's edge) above and below: how page heads are set. */
  private static boolean standsAlone(Lines lines, int i) {
    return (i == 1 || lines.line(i - 1).isBlank()) && (i == lines.count() || lines.line(i + 1).isBlank());
  }

  private static boolean followsBreak(Lines lines, Kind[] kinds, int i) {
    for (int p = i - 1; p >= 1; p--) {
      Kind k = kinds[p - 1];
      if (k == Kind.BLANK || k == Kind.HEADING || k == Kind.TABLE || k == Kind.PAGE_NUMBER || k == Kind.RUNNING_HEAD) {
        return true;
      }
      String prev = lines.line(p).strip();
      char last = prev.charAt(prev.length() - 1);
      return last == '.' || last == '?' || last == '!' || last == ':';
    }
    return true;
  }

  private static final Pattern HEADING_WORD = Pattern.compile("[\\p{L}'’-]+");

  /** Most words a heading in sentence case ("Pipelines and roads") may have. */
  private static final int SHORT_HEADING_WORDS = 6;

  /**
   * A heading in sentence case ("Pipelines and roads", as HTML and Markdown headings often are): a
   * short capitalised line of words without digits or closing punctuation, straight above a line of
   * text that starts a sentence of its own.
   */
  static boolean sentenceCaseHeading(Lines lines, Kind[] kinds, int i) {
    String line = lines.line(i).strip();
    if (i >= lines.count() || kinds[i] != Kind.TEXT || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (!Character.isLetter(last)) {
      return false;
    }
    if (wordCount(line, SHORT_HEADING_WORDS + 1) > SHORT_HEADING_WORDS) {
      return false; // (tested first: most lines are long, and the test below costs a regex per word)
    }
    List<String> words = Text.words(line);
    for (String w : words) {
      if (!HEADING_WORD.matcher(w).matches()) {
        return false;
      }
    }
    String next = lines.line(i + 1).strip();
    return words.size() <= SHORT_HEADING_WORDS && !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
  }

  /** The number of {@link Text#words} of {@code s}, without making them. */
  /** The whitespace-separated words of {@code s}, counted up to {@code atMost}: a long line is not read to its end. */
  private static int wordCount(String s, int atMost) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length() && count < atMost; i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  static boolean looksLikeHeading(String line) {
    char last = line.charAt(line.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == '!' || last == '?') {
      return false;
    }
    String body = Character.isLetter(line.charAt(0)) && line.length() > 1 && line.charAt(1) != '.'
        && line.charAt(1) != ')' ? line : LIST_MARKER.matcher(line).replaceFirst("");
    if (body.isEmpty() || !Character.isUpperCase(body.codePointAt(0))) {
      return false;
    }
    if (wordCount(body, 13) > 12) {
      return false; // counted before the words are cut out: most lines of running text are longer
    }
    List<String> words = Text.words(body);
    int significant = 0;
    int capital = 0;
    for (String w : words) {
      String bare = Text.trimToLetters(w);
      if (bare.isEmpty() || MINOR.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int i = 0; i < bare.length(); i++) {
        if (Character.isDigit(bare.charAt(i))) {
          return false;
        }
      }
      significant++;
      if (Character.isUpperCase(bare.codePointAt(0))) {
        capital++;
      }
    }
    return significant > 0 && capital * 10 >= significant * 8;
  }
}
