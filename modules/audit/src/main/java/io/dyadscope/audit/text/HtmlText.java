package io.dyadscope.audit.text;

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

  private HtmlText() {}

  /** The visible text of {@code html}, one line per block. */
  public static String toText(String html) {
    String s = DROPPED.matcher(DocumentText.normalise(html)).replaceAll(" ");
    boolean pre = false;
    StringBuilder out = new StringBuilder(s.length());
    Matcher m = TAG.matcher(s);
    int last = 0;
    Grid grid = new Grid();
    while (m.find()) {
      appendText(out, s.substring(last, m.start()), pre);
      last = m.end();
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
    appendText(out, s.substring(last), pre);
    return tidy(out.toString());
  }

  private static final java.util.Set<String> ROW_PARTS = java.util.Set.of("tr", "table", "thead", "tbody", "tfoot",
      "caption");

  /**
   * The table being written: an empty cell becomes a dash, the way text tables mark a missing
   * value, so that the cells after it keep their columns; the first row of a table is followed by
   * a delimiter row.
   */
  private static final class Grid {
    int cell = -1;
    int cells;
    boolean delimited;

    void startCell(StringBuilder out) {
      if (cells == 0) {
        newline(out);
        out.append('|');
      }
      out.append(' ');
      cells++;
      cell = out.length();
    }

    void endCell(StringBuilder out) {
      if (cell < 0) {
        return;
      }
      if (cell > out.length() || out.substring(cell).isBlank()) {
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

    void endRow(StringBuilder out, boolean newTable) {
      endCell(out);
      if (cells > 0 && !delimited) {
        out.append('\n').append('|').append(" --- |".repeat(cells));
        delimited = true;
      }
      cells = 0;
      if (newTable) {
        delimited = false;
      }
    }
  }

  private static void appendText(StringBuilder out, String raw, boolean pre) {
    if (raw.isEmpty()) {
      return;
    }
    String text = decode(raw);
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

  private static void newline(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Strips each line and keeps at most one blank line between blocks. */
  private static String tidy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int blank = 0;
    for (String line : text.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      blank = 0;
      out.append(l);
    }
    return out.append('\n').toString();
  }

  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String e = m.group(1);
      String rep;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        rep = codePoint(e.substring(2), 16);
      } else if (e.startsWith("#")) {
        rep = codePoint(e.substring(1), 10);
      } else {
        rep = NAMED.get(e);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(rep == null ? m.group() : rep));
    }
    m.appendTail(out);
    return out.toString();
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
