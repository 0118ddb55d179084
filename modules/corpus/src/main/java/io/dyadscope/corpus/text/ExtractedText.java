package io.dyadscope.corpus.text;

/**
 * Text read from a file, with the title the file itself gives (HTML {@code <title>}, PDF or docx
 * document properties), empty when it gives none.
 */
public record ExtractedText(String text, String title) {
  public ExtractedText {
    title = title == null ? "" : title.strip();
  }
}
