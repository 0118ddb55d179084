package io.dyadscope.documents;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Dyadscope's one PDFBox code path: the text of a PDF page after page, each text line mapped to its page and line. */
final class PdfText {

  private PdfText() {}

  static Document read(byte[] bytes, boolean byPosition) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setSortByPosition(byPosition);
      if (byPosition) {
        stripper.setParagraphEnd("\n"); // a blank line after each paragraph, so a paragraph segmenter finds it
      }
      StringBuilder text = new StringBuilder();
      HtmlText.IntList pages = new HtmlText.IntList();
      HtmlText.IntList lines = new HtmlText.IntList();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = DocumentText.normalise(stripper.getText(doc));
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
      String title = doc.getDocumentInformation() == null ? "" : doc.getDocumentInformation().getTitle();
      return new Document(text.toString(), title, SourceMap.paged(pages.toArray(), lines.toArray()));
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(DocumentException.Kind.PDF, e.getMessage(), e);
    }
  }
}
