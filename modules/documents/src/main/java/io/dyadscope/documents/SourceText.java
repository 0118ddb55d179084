package io.dyadscope.documents;

import java.util.Objects;

/**
 * A document as the audit reads it: its plain text and where each line of that text is in the file.
 *
 * @param text the plain text every check works on
 * @param map  text line to file line, column and page
 */
public record SourceText(String text, SourceMap map) {

  public SourceText {
    Objects.requireNonNull(text, "text");
    map = map == null ? SourceMap.identity() : map;
  }

  /** A text whose lines are the file's. */
  public static SourceText plain(String text) {
    return new SourceText(text, SourceMap.identity());
  }
}
