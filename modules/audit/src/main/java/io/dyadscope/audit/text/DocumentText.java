package io.dyadscope.audit.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a report into plain text, the form every check works on, with a {@link SourceMap} from
 * the text's lines back to the file's (findings are reported at the file's lines).
 *
 * <ul>
 *   <li>{@code .txt}, {@code .md}: the file as it is (UTF-8, or ISO-8859-1 when it is not UTF-8)
 *   <li>{@code .html}, {@code .htm}: tags, scripts and styles removed, one line per block element
 *       ({@link HtmlText})
 *   <li>{@code .pdf}: the text PDFBox extracts, page after page
 * </ul>
 *
 * <p>Line ends are normalised to {@code \n}.
 */
public final class DocumentText {

  private DocumentText() {}

  /**
   * Reads {@code file} as text.
   *
   * @throws IllegalArgumentException naming the file when its extension is not one of the above
   * @throws IOException naming the file when it cannot be read or parsed
   */
  public static String read(Path file) throws IOException {
    return open(file).text();
  }

  /**
   * Reads {@code file} as text, with where each line of the text is in the file (line and column;
   * for a PDF, page and line on the page).
   *
   * @throws IllegalArgumentException naming the file when its extension is not one of the above
   * @throws IOException naming the file when it cannot be read or parsed
   */
  public static SourceText open(Path file) throws IOException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String ext = extension(name);
    switch (ext) {
      case "txt", "text":
        return SourceText.plain(normalise(decode(readBytes(file), file)));
      case "md", "markdown":
        return SourceText.plain(MarkdownText.toText(normalise(decode(readBytes(file), file))));
      case "html", "htm", "xhtml":
        return HtmlText.read(decode(readBytes(file), file));
      case "pdf":
        return pdf(file);
      case "json":
        try {
          return JsonText.read(normalise(decode(readBytes(file), file)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
      default:
        throw new IllegalArgumentException("cannot read " + file + ": unknown extension '"
            + (ext.isEmpty() ? "(none)" : "." + ext) + "' (expected .txt, .md, .html, .htm, .pdf or .json)");
    }
  }

  /** True when {@link #read} knows the file's extension. */
  public static boolean supports(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return switch (extension(name)) {
      case "txt", "md", "text", "markdown", "html", "htm", "xhtml", "pdf", "json" -> true;
      default -> false;
    };
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static byte[] readBytes(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file: " + file);
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String decode(byte[] bytes, Path file) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      // Older reports are often Latin-1; every byte sequence decodes, so nothing is lost.
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /** The text PDFBox extracts, page after page, each text line mapped to its page and line on the page. */
  private static SourceText pdf(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file: " + file);
    }
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false);
      StringBuilder text = new StringBuilder();
      HtmlText.IntList pages = new HtmlText.IntList();
      HtmlText.IntList lines = new HtmlText.IntList();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = normalise(stripper.getText(doc));
        text.append(page);
        int onPage = 1;
        for (int i = 0; i < page.length(); i++) {
          if (page.charAt(i) == '\n') {
            pages.add(p);
            lines.add(onPage++);
          }
        }
        if (!page.isEmpty() && page.charAt(page.length() - 1) != '\n') {
          text.append('\n');
          pages.add(p);
          lines.add(onPage);
        }
      }
      pages.add(pages.size() == 0 ? 1 : pages.last());
      lines.add(lines.size() == 0 ? 1 : lines.last());
      return new SourceText(text.toString(), SourceMap.paged(pages.toArray(), lines.toArray()));
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot read PDF " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code \r\n} and {@code \r} to {@code \n}. */
  public static String normalise(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
