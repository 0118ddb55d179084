package io.dyadscope.audit.text;

import io.dyadscope.documents.DocumentText;
import java.util.Arrays;

/**
 * A text split into lines, with the offset of each line so that any position maps back to its
 * 1-based line number. {@link #flat()} is the same text with line breaks turned into spaces: the
 * same length, so offsets into it are offsets into the text, and sentences that wrap across lines
 * read as one.
 */
public final class Lines {

  private final String text;
  private final String flat;
  private final int[] starts;
  private final String[] lines;

  private Lines(String text) {
    // A non-breaking space is a space to every pattern; same length keeps offsets.
    this.text = DocumentText.normalise(text).replace('\u00A0', ' ');
    int count = 1;
    // indexOf rather than a loop over charAt: it scans a long text several times faster
    for (int nl = this.text.indexOf('\n'); nl >= 0; nl = this.text.indexOf('\n', nl + 1)) {
      count++;
    }
    this.starts = new int[count];
    this.lines = new String[count];
    int from = 0;
    for (int k = 0; k < count; k++) {
      int nl = k + 1 < count ? this.text.indexOf('\n', from) : this.text.length();
      starts[k] = from;
      lines[k] = this.text.substring(from, nl);
      from = nl + 1;
    }
    this.flat = this.text.replace('\n', ' ');
  }

  public static Lines of(String text) {
    return new Lines(text);
  }

  /** The text, line ends normalised to {@code \n}. */
  public String text() {
    return text;
  }

  /** The text with every line break replaced by a space. */
  public String flat() {
    return flat;
  }

  /** Number of lines (a final line break is followed by an empty last line). */
  public int count() {
    return lines.length;
  }

  /** Line {@code n}, 1-based, without its line break. */
  public String line(int n) {
    return lines[n - 1];
  }

  /** Offset of the first character of line {@code n} (1-based). */
  public int start(int n) {
    return starts[n - 1];
  }

  /** Offset just past the last character of line {@code n} (1-based), before its line break. */
  public int end(int n) {
    return starts[n - 1] + lines[n - 1].length();
  }

  /** The 1-based line holding {@code offset}. */
  public int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
