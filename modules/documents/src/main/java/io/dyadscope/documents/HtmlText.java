package io.dyadscope.documents;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into the text a reader sees: scripts, styles and comments dropped, tags
 * removed, entities decoded, and a line break after each block element (paragraphs, headings, list
 * items, table rows, {@code <br>}) so that line numbers follow the page's structure. A table is
 * written as grid rows ({@code | a | b |}, an empty cell a dash), its first row followed by a
 * delimiter row ({@code | --- | --- |}) as in Markdown, so that its cells stay cells.
 */
public final class HtmlText {

  private static final Pattern DROPPED = Pattern.compile(
      "(?is)<!--.*?-->|<(script|style|noscript|template|head|svg)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern TAG =
      Pattern.compile("(?s)<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^>]*?(/?)>|<![^>]*>|<\\?[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);");
  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "tr", "table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "dt", "dd", "section", "article",
      "header", "footer", "nav", "aside", "main", "blockquote", "pre", "figure", "figcaption", "caption", "address",
      "hr", "form", "fieldset", "title", "body", "html");
  private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
      Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
      Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("hellip", "…"), Map.entry("euro", "€"),
      Map.entry("pound", "£"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("deg", "°"),
      Map.entry("percnt", "%"), Map.entry("dollar", "$"), Map.entry("minus", "−"), Map.entry("times", "×"),
      Map.entry("shy", ""), Map.entry("thinsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "));

  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title\\s*>");

  private HtmlText() {}

  /** The visible text of {@code html} as {@link #read} gives it, with the page's {@code <title>}. */
  public static Document document(String html) {
    SourceText t = read(html);
    Matcher tm = TITLE.matcher(html);
    String title = tm.find() ? decode(tm.group(1).replaceAll("<[^>]*>", "")).replaceAll("\\s+", " ") : "";
    return new Document(t.text(), title, t.map());
  }

  /** The visible text of {@code html}, one line per block. */
  public static String toText(String html) {
    return read(html).text();
  }

  /**
   * The visible text of {@code html}, one line per block, with the line and column in {@code html}
   * where each of its lines starts.
   */
  public static SourceText read(String html) {
    String source = DocumentText.normalise(html);
    String s = blankOut(source);
    boolean pre = false;
    Traced out = new Traced(s.length());
    Matcher m = TAG.matcher(s);
    int last = 0;
    Grid grid = new Grid();
    while (m.find()) {
      appendText(out, s, last, m.start(), pre);
      last = m.end();
      out.at = m.start();
      String name = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
      boolean closing = "/".equals(m.group(1));
      if (name.equals("pre")) {
        pre = !closing;
      }
      if (name.equals("td") || name.equals("th")) {
        grid.endCell(out);
        if (!closing) {
          grid.startCell(out);
        }
      } else if (grid.cell >= 0 && (BLOCKS.contains(name) || name.equals("br")) && !ROW_PARTS.contains(name)) {
        out.append(' '); // a paragraph or line break inside a cell stays in the cell
      } else if (name.equals("br")) {
        out.append('\n');
      } else if (BLOCKS.contains(name)) {
        grid.endRow(out, name.equals("table") && !closing);
        newline(out);
        if (name.equals("li") && !closing) {
          out.append("- "); // a list item is marked as in Markdown: a sentence of its own
        }
        if (closing && name.equals("table")) {
          out.append('\n'); // a blank line ends a table, as in text
        }
      }
    }
    appendText(out, s, last, s.length(), pre);
    return tidy(out, SourceMap.lineStarts(source));
  }

  /** Comments, scripts, styles and the head become blanks of the same length, line breaks kept. */
  private static String blankOut(String s) {
    Matcher m = DROPPED.matcher(s);
    if (!m.find()) {
      return s;
    }
    char[] cs = s.toCharArray();
    do {
      for (int i = m.start(); i < m.end(); i++) {
        if (cs[i] != '\n') {
          cs[i] = ' ';
        }
      }
    } while (m.find());
    return new String(cs);
  }

  private static final java.util.Set<String> ROW_PARTS = java.util.Set.of("tr", "table", "thead", "tbody", "tfoot",
      "caption");

  /** The text written so far, with the offset in the page each of its characters came from. */
  private static final class Traced {
    final StringBuilder text;
    int[] origin;
    /** Where text appended now comes from. */
    int at;

    Traced(int capacity) {
      text = new StringBuilder(capacity);
      origin = new int[Math.max(16, capacity)];
    }

    void append(char c) {
      if (text.length() == origin.length) {
        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
      }
      origin[text.length()] = at;
      text.append(c);
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i));
      }
    }

    int length() {
      return text.length();
    }

    char charAt(int i) {
      return text.charAt(i);
    }

    void setLength(int n) {
      text.setLength(n);
    }

    boolean blankFrom(int from) {
      return from > text.length() || text.substring(from).isBlank();
    }
  }

  /**
   * The table being written: an empty cell becomes a dash, the way text tables mark a missing
   * value, so that the cells after it keep their columns; the first row of a table is followed by
   * a delimiter row.
   */
  private static final class Grid {
    int cell = -1;
    int cells;
    boolean delimited;

    void startCell(Traced out) {
      if (cells == 0) {
        newline(out);
        out.append('|');
      }
      out.append(' ');
      cells++;
      cell = out.length();
    }

    void endCell(Traced out) {
      if (cell < 0) {
        return;
      }
      if (out.blankFrom(cell)) {
        out.setLength(Math.min(cell, out.length()));
        out.append('–');
      }
      int n = out.length();
      while (n > 0 && out.charAt(n - 1) == ' ') {
        n--;
      }
      out.setLength(n);
      out.append(" |");
      cell = -1;
    }

    void endRow(Traced out, boolean newTable) {
      endCell(out);
      if (cells > 0 && !delimited) {
        out.append('\n');
        out.append('|');
        out.append(" --- |".repeat(cells));
        delimited = true;
      }
      cells = 0;
      if (newTable) {
        delimited = false;
      }
    }
  }

  private static void appendText(Traced out, String s, int from, int to, boolean pre) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      out.at = i;
      if (c == '&') {
        Matcher e = ENTITY.matcher(s).region(i, to);
        if (e.lookingAt()) {
          String rep = entity(e.group(1));
          if (rep != null) {
            appendChars(out, rep, pre);
            i = e.end() - 1;
            continue;
          }
        }
      }
      appendChars(out, String.valueOf(c), pre);
    }
  }

  private static void appendChars(Traced out, String text, boolean pre) {
    if (pre) {
      out.append(text);
      return;
    }
    // Outside <pre>, a line break in the source is just a space: blocks make the lines.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == '\n' || c == '\t' || c == ' ';
      if (space) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void newline(Traced out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Strips each line and keeps at most one blank line between blocks; maps each kept line to the page. */
  private static SourceText tidy(Traced traced, int[] starts) {
    String text = traced.text.toString();
    StringBuilder out = new StringBuilder(text.length());
    IntList lines = new IntList();
    IntList columns = new IntList();
    int blank = 0;
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      int a = from;
      while (a < end && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      int b = end;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        blank++;
      } else {
        if (out.length() > 0) {
          out.append(blank > 0 ? "\n\n" : "\n");
          if (blank > 0) {
            lines.add(lines.last());
            columns.add(columns.last());
          }
        }
        blank = 0;
        out.append(text, a, b);
        int offset = traced.origin[a];
        int line = SourceMap.lineOf(starts, offset);
        lines.add(line);
        columns.add(offset - starts[line - 1] + 1);
      }
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    out.append('\n');
    lines.add(lines.size() == 0 ? 1 : lines.last());
    columns.add(columns.size() == 0 ? 1 : columns.last());
    return new SourceText(out.toString(), SourceMap.of(lines.toArray(), columns.toArray()));
  }

  /** A growable list of ints. */
  static final class IntList {
    private int[] a = new int[64];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int last() {
      return a[n - 1];
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }

  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String rep = entity(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(rep == null ? m.group() : rep));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The text an entity's name ({@code amp}, {@code #8211}, {@code #x2013}) stands for, or null. */
  private static String entity(String e) {
    if (e.startsWith("#x") || e.startsWith("#X")) {
      return codePoint(e.substring(2), 16);
    } else if (e.startsWith("#")) {
      return codePoint(e.substring(1), 10);
    }
    return NAMED.get(e);
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return cp == 160 ? " " : Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
