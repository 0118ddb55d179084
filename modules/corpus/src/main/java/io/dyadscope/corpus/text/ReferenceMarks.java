package io.dyadscope.corpus.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference marks of encyclopedic texts: footnote numbers and letters ({@code [1]}, {@code [a]}),
 * {@code [update]}, {@code [citation needed]} and the like. The segmenter reads past them (as if
 * they were spaces, so offsets stay those of the text) and a quotation leaves them out.
 */
public final class ReferenceMarks {

  static final Pattern MARK = Pattern.compile(
      "\\[(?:\\d{1,3}|[a-z]|note \\d{1,3}|nb \\d{1,3}|update|citation needed|clarification needed|when\\?|who\\?)]");

  private ReferenceMarks() {}

  /** {@code text} with every reference mark replaced by as many spaces: offsets unchanged. */
  public static String masked(String text) {
    Matcher m = MARK.matcher(text);
    StringBuilder b = new StringBuilder(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  /** {@code text} without its reference marks, for quoting: "asylum seekers.[2]" becomes "asylum seekers.". */
  public static String removed(String text) {
    return MARK.matcher(text).replaceAll("").replaceAll("[ \\t]{2,}", " ").strip();
  }
}
