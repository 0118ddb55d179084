package io.dyadscope.corpus.text;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.documents.Document;
import io.dyadscope.documents.DocumentException;
import io.dyadscope.documents.DocumentText;
import io.dyadscope.documents.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads the text of {@code .txt}, {@code .md}, {@code .html}/{@code .htm}, {@code .pdf} and
 * {@code .docx} files for the corpus, through the one document reader ({@link DocumentText}, read
 * strictly: UTF-8 only, PDF text by position). Every result is normalised the same way
 * ({@link #normalise}) so that a file always yields the same characters, and so the same offsets.
 */
public final class TextExtractor {

  /** File name endings this extractor reads. */
  public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf", "docx");

  private TextExtractor() {}

  /** True when the file's ending is one this extractor reads. */
  public static boolean supports(Path file) {
    return EXTENSIONS.contains(extension(file));
  }

  /**
   * The text of {@code file}.
   *
   * @throws CorpusException naming the file when it cannot be read, is not what its ending says,
   *     has no text, or (plain text) is not UTF-8
   */
  public static ExtractedText extract(Path file) {
    return extract(file, InputLimits.DEFAULT);
  }

  /**
   * The text of {@code file}, refused before it is read when larger than the limits' document size;
   * a {@code .docx} (a ZIP) is unpacked under the limits' entry size and compression ratio.
   */
  public static ExtractedText extract(Path file, InputLimits limits) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.documentBytes()) {
        throw limits.documentTooLarge(file.toString(), size);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (!supports(file)) {
      throw new CorpusException(file + ": cannot read '." + extension(file) + "' files (known: "
          + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")");
    }
    Document raw;
    try {
      raw = DocumentText.read(file.getFileName().toString(), bytes, Reading.strict(limits.entryBytes(), limits.ratio()));
    } catch (DocumentException e) {
      throw new CorpusException(file + ": " + why(e, limits), e);
    }
    // HTML comes one line per block; the corpus keeps blocks apart by a blank line, as paragraphs
    String body = extension(file).startsWith("htm") ? raw.text().replace("\n", "\n\n") : raw.text();
    String text = normalise(body);
    if (text.isEmpty()) {
      throw new CorpusException(file + ": has no text");
    }
    return new ExtractedText(text, raw.title());
  }

  private static String why(DocumentException e, InputLimits limits) {
    String why = e.getMessage();
    return switch (e.kind()) {
      case NOT_UTF8 -> "is not UTF-8 text (" + why + ")";
      case PDF -> "not a readable PDF: " + why;
      case DOCX -> "not a readable .docx (Word) file: " + (why.contains("Zip bomb") || why.contains("ZIP bomb")
          ? "it unpacks to more than " + limits.ratio() + " times its size or more than "
          + InputLimits.mib(limits.entryBytes()) + " an entry, as a ZIP bomb does (raise with --limit ratio=N"
          + " or --limit entry-mb=N)" : why);
      default -> why;
    };
  }

  /**
   * Line ends as LF, no byte-order mark, no trailing spaces on lines, at most one blank line in a
   * row, no blank lines at either end.
   */
  public static String normalise(String s) {
    String t = s.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    t = t.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    return t.strip();
  }

  static String extension(Path file) {
    return DocumentText.extension(file.getFileName().toString());
  }
}
