package io.dyadscope.documents;

import java.util.Arrays;

/**
 * Where each line of an extracted text came from in the original file: the file's 1-based line and
 * column of the line's first visible character, and for a PDF its page (lines then count from the
 * top of the page). A plain-text or Markdown file maps line for line ({@link #identity()}).
 */
public final class SourceMap {

  private static final SourceMap IDENTITY = new SourceMap(null, null, null);

  private final int[] lines;
  private final int[] columns;
  private final int[] pages;

  private SourceMap(int[] lines, int[] columns, int[] pages) {
    this.lines = lines;
    this.columns = columns;
    this.pages = pages;
  }

  /** Text line n is file line n, column 1. */
  public static SourceMap identity() {
    return IDENTITY;
  }

  /**
   * A map from text lines (index 0 is text line 1) to file lines and columns (1-based); the arrays
   * must be as long as each other.
   */
  public static SourceMap of(int[] lines, int[] columns) {
    if (lines.length != columns.length) {
      throw new IllegalArgumentException("lines and columns differ in length: " + lines.length + " vs " + columns.length);
    }
    return new SourceMap(lines.clone(), columns.clone(), null);
  }

  /** A map for a paged document: text line to page and line on that page (1-based). */
  public static SourceMap paged(int[] pages, int[] linesOnPage) {
    if (pages.length != linesOnPage.length) {
      throw new IllegalArgumentException("pages and lines differ in length: " + pages.length + " vs "
          + linesOnPage.length);
    }
    int[] cols = new int[pages.length];
    Arrays.fill(cols, 1);
    return new SourceMap(linesOnPage.clone(), cols, pages.clone());
  }

  /** The file's line (on its page, for a paged document) for 1-based text line {@code textLine}. */
  public int line(int textLine) {
    if (lines == null || textLine < 1 || lines.length == 0) {
      return textLine;
    }
    return lines[Math.min(textLine, lines.length) - 1];
  }

  /** The file's 1-based column where text line {@code textLine} starts. */
  public int column(int textLine) {
    if (columns == null || textLine < 1 || columns.length == 0) {
      return 1;
    }
    return columns[Math.min(textLine, columns.length) - 1];
  }

  /** The 1-based page of text line {@code textLine}, or 0 when the document has no pages. */
  public int page(int textLine) {
    if (pages == null || textLine < 1 || pages.length == 0) {
      return 0;
    }
    return pages[Math.min(textLine, pages.length) - 1];
  }

  /** True when text lines are the file's lines. */
  public boolean isIdentity() {
    return lines == null;
  }

  /** True for a paged document (PDF). */
  public boolean isPaged() {
    return pages != null;
  }

  /** "12" or "12:5" for a file, "page 3, line 12" for a paged document. */
  public String describe(int textLine) {
    if (isPaged()) {
      return "page " + page(textLine) + ", line " + line(textLine);
    }
    return String.valueOf(line(textLine));
  }

  private static final java.util.regex.Pattern LINE_REFERENCE = java.util.regex.Pattern.compile(
      "\\b(lines?) (\\d+(?:(?:-|–|, | and )\\d+)*)\\b");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

  /**
   * {@code message} with its references to text lines ("line 12", "lines 3-5, 9") turned into the
   * file's lines; unchanged when the text's lines are the file's.
   */
  public String relabel(String message) {
    if (lines == null || message.indexOf("line") < 0) {
      return message;
    }
    java.util.regex.Matcher m = LINE_REFERENCE.matcher(message);
    StringBuilder out = new StringBuilder(message.length());
    while (m.find()) {
      java.util.regex.Matcher n = NUMBER.matcher(m.group(2));
      StringBuilder refs = new StringBuilder();
      while (n.find()) {
        int textLine = Integer.parseInt(n.group());
        n.appendReplacement(refs, isPaged() ? "p" + page(textLine) + ":" + line(textLine)
            : String.valueOf(line(textLine)));
      }
      n.appendTail(refs);
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + " " + refs));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** 1-based line number of each offset of {@code text}: the starts of its lines, for binary search. */
  static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int k = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  /** 1-based line of {@code offset} given the {@link #lineStarts}. */
  static int lineOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
