package io.dyadscope.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * SYNTHETIC PDF fixtures, written with PDFBox: each page a few lines of Helvetica from the top left,
 * so that tests of the document reader, the corpus, the audit and the command line build their PDFs
 * one way.
 */
public final class SyntheticPdf {

  private final float fontSize;
  private final float leading;

  private SyntheticPdf(float fontSize, float leading) {
    this.fontSize = fontSize;
    this.leading = leading;
  }

  /** Lines in 12-point type, 20 points apart. */
  public static SyntheticPdf standard() {
    return new SyntheticPdf(12, 20);
  }

  /** Lines in {@code fontSize}-point type, {@code leading} points apart. */
  public static SyntheticPdf of(float fontSize, float leading) {
    return new SyntheticPdf(fontSize, leading);
  }

  /** One page of {@code lines}, written to {@code file} (its folder created); returns the file. */
  public Path write(Path file, String... lines) {
    return writePages(file, List.of(List.of(lines)));
  }

  /** A page each of {@code pages}' lines, written to {@code file} (its folder created); returns the file. */
  public Path writePages(Path file, List<List<String>> pages) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes(pages));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page of {@code lines}, as the bytes of a PDF file. */
  public byte[] bytes(String... lines) {
    return bytes(List.of(List.of(lines)));
  }

  /** A page each of {@code pages}' lines, as the bytes of a PDF file. */
  public byte[] bytes(List<List<String>> pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), fontSize);
          cs.newLineAtOffset(72, 700);
          for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
              cs.newLineAtOffset(0, -leading);
            }
            cs.showText(lines.get(i));
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
