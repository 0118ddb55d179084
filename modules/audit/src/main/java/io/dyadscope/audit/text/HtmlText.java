package io.dyadscope.audit.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into the text a reader sees: scripts, styles and comments dropped, tags
 * removed, entities decoded, and a line break after each block element (paragraphs, headings, list
 * items, table rows, {@code <br>}) so that line numbers follow the page's structure. Table cells
 * are separated by two spaces, the way text tables are laid out.
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
    int cell = -1;
    while (m.find()) {
      appendText(out, s.substring(last, m.start()), pre);
      last = m.end();
      String name = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
      boolean closing = "/".equals(m.group(1));
      if (name.equals("pre")) {
        pre = !closing;
      }
      if (name.equals("br")) {
        out.append('\n');
      } else if (name.equals("td") || name.equals("th")) {
        cell = endCell(out, cell);
        if (!closing) {
          out.append("  ");
          cell = out.length();
        }
      } else if (BLOCKS.contains(name)) {
        cell = endCell(out, cell);
        newline(out);
        if (closing && name.equals("table")) {
          out.append('\n'); // a blank line ends a table, as in text
        }
      }
    }
    appendText(out, s.substring(last), pre);
    return tidy(out.toString());
  }

  /**
   * An empty table cell becomes a dash, the way text tables mark a missing value, so that the
   * cells after it keep their columns.
   */
  private static int endCell(StringBuilder out, int cell) {
    if (cell >= 0 && cell <= out.length() && out.substring(cell).isBlank()) {
      out.setLength(cell);
      out.append('–');
    }
    return -1;
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
