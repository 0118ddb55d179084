package io.dyadscope.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Dyadscope's one reader of documents: the corpus imports them and the audit checks them through
 * it. It gives the text a reader sees, the file's own title and a {@link SourceMap} from the text's
 * lines back to the file's (findings are reported at the file's lines).
 *
 * <ul>
 *   <li>{@code .txt}, {@code .md}: the file line for line (UTF-8, or with {@link Reading#latin1Fallback}
 *       ISO-8859-1 when it is not UTF-8); Markdown marks removed ({@link MarkdownText})
 *   <li>{@code .html}, {@code .htm}: tags, scripts and styles removed, one line per block element
 *       ({@link HtmlText})
 *   <li>{@code .pdf}: the text PDFBox extracts, page after page ({@link PdfText})
 *   <li>{@code .docx}: the Word file's paragraphs ({@link DocxText})
 *   <li>{@code .json}: the string values and tables of the document ({@link JsonText})
 * </ul>
 *
 * <p>Line ends are normalised to {@code \n}.
 */
public final class DocumentText {

  /** Every ending the reader knows. */
  public static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf",
      "docx", "json");

  private DocumentText() {}

  /**
   * Reads {@code file} as text, leniently ({@link Reading#LENIENT}).
   *
   * @throws IllegalArgumentException naming the file when its extension is not one of the above
   * @throws IOException naming the file when it cannot be read or parsed
   */
  public static String read(Path file) throws IOException {
    return open(file).text();
  }

  /**
   * Reads {@code file} as text, leniently, with where each line of the text is in the file (line
   * and column; for a PDF, page and line on the page).
   *
   * @throws IllegalArgumentException naming the file when its extension is not one of the above
   * @throws IOException naming the file when it cannot be read or parsed
   */
  public static SourceText open(Path file) throws IOException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!EXTENSIONS.contains(extension(name))) {
      throw new IllegalArgumentException("cannot read " + file + ": unknown extension '"
          + (extension(name).isEmpty() ? "(none)" : "." + extension(name))
          + "' (expected .txt, .md, .html, .htm, .pdf, .docx or .json)");
    }
    try {
      return read(name, readBytes(file), Reading.LENIENT).source();
    } catch (DocumentException e) {
      switch (e.kind()) {
        case JSON -> throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        case PDF -> throw new IOException("cannot read PDF " + file + ": " + e.getMessage(), e);
        default -> throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Reads the {@code bytes} of a file named {@code name}, its kind told by the name's ending.
   *
   * @throws DocumentException saying why the bytes are not a readable document of that kind
   */
  public static Document read(String name, byte[] bytes, Reading reading) {
    String ext = extension(name);
    return switch (ext) {
      case "txt", "text" -> new Document(normalise(decode(bytes, reading)), "", SourceMap.identity());
      case "md", "markdown" -> new Document(MarkdownText.toText(normalise(decode(bytes, reading))), "",
          SourceMap.identity());
      case "html", "htm", "xhtml" -> HtmlText.document(decode(bytes, reading));
      case "pdf" -> PdfText.read(bytes, reading.pdfByPosition());
      case "docx" -> DocxText.read(bytes, reading);
      case "json" -> {
        try {
          SourceText t = JsonText.read(normalise(decode(bytes, reading)));
          yield new Document(t.text(), "", t.map());
        } catch (IllegalArgumentException e) {
          throw new DocumentException(DocumentException.Kind.JSON, e.getMessage(), e);
        }
      }
      default -> throw new DocumentException(DocumentException.Kind.UNKNOWN_KIND, "cannot read '."
          + ext + "' files (known: " + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")", null);
    };
  }

  /** True when {@link #read} knows the file's extension. */
  public static boolean supports(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return EXTENSIONS.contains(extension(name));
  }

  /** The file name's ending after its last dot, in lower case; empty when it has none. */
  public static String extension(String name) {
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

  /** Dyadscope's one charset rule for documents: UTF-8 without its byte-order mark, else Latin-1 or a refusal. */
  static String decode(byte[] bytes, Reading reading) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      if (reading.latin1Fallback()) {
        // Older reports are often Latin-1; every byte sequence decodes, so nothing is lost.
        return new String(bytes, StandardCharsets.ISO_8859_1);
      }
      throw new DocumentException(DocumentException.Kind.NOT_UTF8, e.getMessage(), e);
    }
  }

  /** {@code \r\n} and {@code \r} to {@code \n}. */
  public static String normalise(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
