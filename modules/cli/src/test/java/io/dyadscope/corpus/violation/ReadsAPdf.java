package io.dyadscope.corpus.violation;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A deliberate violation for {@code ArchitectureTest}: a class outside the document reader that
 * opens a PDF with PDFBox itself. It lives in test sources, which the check of the main code leaves out.
 */
public final class ReadsAPdf {

  private ReadsAPdf() {}

  public static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
