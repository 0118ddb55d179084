package io.dyadscope.audit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and punctuation. A number is a run of digits standing on its
 * own: {@code 1,400}, {@code 1.42}, {@code $1.9}, {@code -1.4%}, {@code +1,050}, {@code 5bn}; digits
 * inside a word or a name ({@code COVID-19}, {@code CASA-1000}, {@code I1SIS}, {@code 3D},
 * {@code 1980s}) are part of a word. A word is a run of letters and digits, with apostrophes
 * inside ({@code Pakistan's}), or dotted initials ({@code U.S.}); anything else that is not a space
 * is punctuation, one character at a time.
 *
 * <p>Written by hand rather than as one regular expression: tokenising is most of the audit's
 * work, and this is several times faster.
 */
public final class Tokenizer {

  /** Each ASCII character as a string, made once: most punctuation marks are ASCII. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private Tokenizer() {}

  /** The tokens of {@code text} between {@code from} and {@code to}, offsets into {@code text}. */
  public static List<Token> tokens(CharSequence text, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int end = number(text, i, to);
      if (end > i) {
        String t = text.subSequence(i, end).toString();
        out.add(new Token(Token.Kind.NUMBER, i, end, t, t));
        i = end;
        continue;
      }
      end = initials(text, i, to);
      if (end < 0) {
        end = word(text, i, to);
      }
      if (end > i) {
        String t = text.subSequence(i, end).toString();
        out.add(new Token(Token.Kind.WORD, i, end, t, norm(t)));
        i = end;
        continue;
      }
      int n = Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
      String t = n == 1 && c < ASCII.length ? ASCII[c] : text.subSequence(i, i + n).toString();
      out.add(new Token(Token.Kind.PUNCT, i, i + n, t, t));
      i += n;
    }
    return out;
  }

  public static List<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
        || c > 127 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static boolean isAlnum(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c) || isMark(Character.getType(c));
  }

  private static boolean isMark(int type) {
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '−' || c == '–';
  }

  /** End of the number starting at {@code i}, or {@code i} when none starts there. */
  private static int number(CharSequence s, int i, int to) {
    char prev = i > 0 ? s.charAt(i - 1) : ' ';
    int p = i;
    char c = s.charAt(p);
    boolean signed = false;
    if ((c == '+' || isDash(c)) && !(isAlnum(prev) || prev == '_')) {
      signed = true;
      p++;
    } else if (isAlnum(prev) || prev == '_' || isDash(prev) || prev == '.' || prev == ',' || prev == '/') {
      return i;
    }
    // Currency: US$, $, €, £.
    if (p + 2 < to && s.charAt(p) == 'U' && s.charAt(p + 1) == 'S' && s.charAt(p + 2) == '$') {
      p += 3;
    } else if (p < to && (s.charAt(p) == '$' || s.charAt(p) == '€' || s.charAt(p) == '£')) {
      p++;
    }
    if (p >= to || !isDigit(s.charAt(p))) {
      return i;
    }
    int digitsEnd = integerPart(s, p, to);
    int end = digitsEnd;
    if (end + 1 < to && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
      end += 2;
      while (end < to && isDigit(s.charAt(end))) {
        end++;
      }
    }
    // A scale written on: 5bn, 2mn, 3m, 4b, 6k.
    int withSuffix = end;
    if (end + 1 < to && (s.charAt(end) == 'b' || s.charAt(end) == 'm') && s.charAt(end + 1) == 'n') {
      withSuffix = end + 2;
    } else if (end < to && (s.charAt(end) == 'm' || s.charAt(end) == 'b' || s.charAt(end) == 'k')) {
      withSuffix = end + 1;
    }
    if (withSuffix > end && standsAlone(s, withSuffix, to)) {
      end = withSuffix;
    } else if (!standsAlone(s, end, to)) {
      return i;
    }
    // A percent sign, possibly after one space.
    if (end < to && s.charAt(end) == '%') {
      end++;
    } else if (end + 1 < to && isSpace(s.charAt(end)) && s.charAt(end) != '\n' && s.charAt(end + 1) == '%') {
      end += 2;
    }
    return end;
  }

  /** {@code 1,400,000} (groups of three after a comma) or a plain run of digits. */
  private static int integerPart(CharSequence s, int p, int to) {
    int run = p;
    while (run < to && isDigit(s.charAt(run))) {
      run++;
    }
    if (run - p <= 3) {
      int q = run;
      while (q + 3 < to && s.charAt(q) == ',' && isDigit(s.charAt(q + 1)) && isDigit(s.charAt(q + 2))
          && isDigit(s.charAt(q + 3)) && (q + 4 >= to || !isDigit(s.charAt(q + 4)))) {
        q += 4;
      }
      if (q > run) {
        return q;
      }
    }
    return run;
  }

  /** True when nothing glued to the number follows: no letter or digit, no ".5" or ",000". */
  private static boolean standsAlone(CharSequence s, int end, int to) {
    if (end >= to) {
      return true;
    }
    char c = s.charAt(end);
    if (isAlnum(c)) {
      return false;
    }
    return !((c == '.' || c == ',') && end + 1 < to && isDigit(s.charAt(end + 1)));
  }

  /** End of dotted initials such as {@code U.S.} at {@code i}, or -1. */
  private static int initials(CharSequence s, int i, int to) {
    int p = i;
    int n = 0;
    while (p + 1 < to && Character.isUpperCase(s.charAt(p)) && s.charAt(p + 1) == '.') {
      p += 2;
      n++;
    }
    return n >= 2 ? p : -1;
  }

  /** End of the word at {@code i}: letters, digits and marks, apostrophes between letters. */
  private static int word(CharSequence s, int i, int to) {
    int p = i;
    while (p < to && isAlnum(s.charAt(p))) {
      p++;
    }
    if (p == i) {
      return i;
    }
    while (p + 1 < to && (s.charAt(p) == '\'' || s.charAt(p) == '’') && Character.isLetter(s.charAt(p + 1))) {
      p += 2;
      while (p < to && Character.isLetter(s.charAt(p))) {
        p++;
      }
    }
    return p;
  }

  /** Lower case, possessive {@code 's} dropped, plural folded: the form lexicons match on. */
  public static String norm(String word) {
    String w = lower(word);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'") || w.endsWith("’")) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3 && w.charAt(n - 1) == 's' && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && Character.isLetter(w.charAt(n - 2))) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String lower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c > 127) {
        return s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }
}
