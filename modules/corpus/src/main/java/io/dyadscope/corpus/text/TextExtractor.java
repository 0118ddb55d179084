package io.dyadscope.corpus.text;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads the text of {@code .txt}, {@code .md}, {@code .html}/{@code .htm}, {@code .pdf} and
 * {@code .docx} files. Every result is normalised the same way ({@link #normalise}) so that a
 * file always yields the same characters, and so the same offsets.
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
    ExtractedText raw = switch (extension(file)) {
      case "txt", "md" -> new ExtractedText(utf8(file, bytes), "");
      case "html", "htm" -> HtmlToText.extract(utf8(file, bytes));
      case "pdf" -> pdf(file, bytes);
      case "docx" -> docx(file, bytes, limits);
      default -> throw new CorpusException(file + ": cannot read '." + extension(file) + "' files (known: "
          + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")");
    };
    String text = normalise(raw.text());
    if (text.isEmpty()) {
      throw new CorpusException(file + ": has no text");
    }
    return new ExtractedText(text, raw.title());
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
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String utf8(Path file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CorpusException(file + ": is not UTF-8 text (" + e.getMessage() + ")", e);
    }
  }

  private static ExtractedText pdf(Path file, byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      stripper.setSortByPosition(true);
      String title = doc.getDocumentInformation() == null ? "" : doc.getDocumentInformation().getTitle();
      return new ExtractedText(stripper.getText(doc), title);
    } catch (IOException | RuntimeException e) {
      throw new CorpusException(file + ": not a readable PDF: " + e.getMessage(), e);
    }
  }

  private static ExtractedText docx(Path file, byte[] bytes, InputLimits limits) {
    ZipSecureFile.setMaxEntrySize(limits.entryBytes());
    ZipSecureFile.setMinInflateRatio(1.0 / limits.ratio());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder();
      // Paragraphs are separated by a blank line, so the paragraph segmenter finds them again.
      for (XWPFParagraph p : doc.getParagraphs()) {
        String t = p.getText().strip();
        if (!t.isEmpty()) {
          if (sb.length() > 0) {
            sb.append("\n\n");
          }
          sb.append(t);
        }
      }
      String title = doc.getProperties() == null || doc.getProperties().getCoreProperties() == null
          ? "" : doc.getProperties().getCoreProperties().getTitle();
      return new ExtractedText(sb.toString(), title);
    } catch (IOException | RuntimeException e) {
      String why = String.valueOf(e.getMessage());
      if (why.contains("Zip bomb") || why.contains("ZIP bomb")) {
        why = "it unpacks to more than " + limits.ratio() + " times its size or more than "
            + InputLimits.mib(limits.entryBytes()) + " an entry, as a ZIP bomb does (raise with --limit ratio=N"
            + " or --limit entry-mb=N)";
      }
      throw new CorpusException(file + ": not a readable .docx (Word) file: " + why, e);
    }
  }
}
