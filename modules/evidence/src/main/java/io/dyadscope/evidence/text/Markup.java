package io.dyadscope.evidence.text;

/** The one escaper for HTML and XML (SVG) text and attribute values. */
public final class Markup {

  private Markup() {}

  /**
   * Escapes {@code & < > " '}, so the text is safe in element content and in quoted attributes;
   * null becomes empty.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      String r = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(text.charAt(i));
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
