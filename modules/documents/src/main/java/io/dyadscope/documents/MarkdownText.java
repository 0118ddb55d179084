package io.dyadscope.documents;

import java.util.regex.Pattern;

/**
 * The text a reader of a Markdown file sees, line for line (line numbers stay the file's): pipe
 * tables kept as grid rows ({@code | a | b |}, an empty cell a dash, the delimiter row as
 * {@code | --- | --- |}) so that their cells stay cells, emphasis, code marks, link targets and
 * inline HTML tags removed, heading marks dropped.
 */
public final class MarkdownText {

  private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)\\s]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

  private MarkdownText() {}

  public static String toText(String markdown) {
    String[] lines = markdown.split("\n", -1);
    StringBuilder out = new StringBuilder(markdown.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(line(lines[i]));
    }
    return out.toString();
  }

  private static String line(String raw) {
    if (DELIMITER_ROW.matcher(raw).matches() && raw.contains("-")) {
      String t = raw.strip();
      int cells = t.substring(t.startsWith("|") ? 1 : 0, t.endsWith("|") ? t.length() - 1 : t.length())
          .split("\\|", -1).length;
      return "|" + " --- |".repeat(cells);
    }
    String l = inline(raw);
    String t = l.strip();
    if (t.startsWith("|") && t.endsWith("|") && t.length() > 1) {
      String[] cells = t.substring(1, t.length() - 1).split("(?<!\\\\)\\|", -1);
      StringBuilder row = new StringBuilder("|");
      for (String c : cells) {
        String cell = c.strip();
        row.append(' ').append(cell.isEmpty() ? "–" : cell).append(" |");
      }
      return row.toString();
    }
    return HEADING.matcher(l).replaceFirst("");
  }

  private static String inline(String s) {
    String l = TAG.matcher(s).replaceAll("");
    l = LINK.matcher(l).replaceAll("$1");
    return EMPHASIS.matcher(l).replaceAll("");
  }
}
