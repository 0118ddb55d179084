package io.dyadscope.documents;

/**
 * A document's text as a reader sees it, the title the file itself gives (HTML {@code <title>},
 * PDF or Word document properties; empty when none) and where each line of the text is in the file.
 *
 * @param text  the plain text
 * @param title the file's own title, stripped
 * @param map   text line to file line, column and page
 */
public record Document(String text, String title, SourceMap map) {

  public Document {
    title = title == null ? "" : title.strip();
    map = map == null ? SourceMap.identity() : map;
  }

  /** The text and its map, as the audit reads a report. */
  public SourceText source() {
    return new SourceText(text, map);
  }
}
