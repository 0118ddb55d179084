package io.dyadscope.corpus.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML page: scripts, styles and tags dropped, block elements as line
 * breaks, character references decoded. Enough for saved articles and statements; it is no browser.
 */
final class HtmlToText {

  private static final Pattern DROP = Pattern.compile("(?is)<(script|style|noscript|head)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title\\s*>");
  private static final Pattern BLOCK = Pattern.compile(
      "(?i)</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|header|footer|pre)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'", "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014", "rsquo", "\u2019", "lsquo", "\u2018");

  private HtmlToText() {}

  static ExtractedText extract(String html) {
    Matcher tm = TITLE.matcher(html);
    String title = tm.find() ? decode(TAG.matcher(tm.group(1)).replaceAll("")).strip() : "";
    String s = DROP.matcher(html).replaceAll("");
    s = BLOCK.matcher(s).replaceAll("\n\n");
    s = TAG.matcher(s).replaceAll("");
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      out.append(line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip()).append('\n');
    }
    return new ExtractedText(decode(out.toString()), title.replaceAll("\\s+", " "));
  }

  private static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String rep;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      } else if (e.startsWith("#")) {
        rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
      } else {
        rep = NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
