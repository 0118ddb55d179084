package io.dyadscope.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The paragraphs of a Word ({@code .docx}) file, separated by a blank line so that a paragraph
 * segmenter finds them again; each text line maps to its paragraph's number in the file, which
 * stands in for a line (a Word file has no lines of its own).
 */
final class DocxText {

  private DocxText() {}

  static Document read(byte[] bytes, Reading reading) {
    if (reading.zipEntryBytes() > 0) {
      ZipSecureFile.setMaxEntrySize(reading.zipEntryBytes());
    }
    if (reading.zipRatio() > 0) {
      ZipSecureFile.setMinInflateRatio(1.0 / reading.zipRatio());
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder();
      HtmlText.IntList lines = new HtmlText.IntList();
      int number = 0;
      for (XWPFParagraph p : doc.getParagraphs()) {
        number++;
        String t = p.getText().strip();
        if (t.isEmpty()) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append("\n\n");
          lines.add(lines.last());
        }
        sb.append(t);
        for (int i = 0; i <= t.length(); i++) {
          if (i == t.length() || t.charAt(i) == '\n') {
            lines.add(number);
          }
        }
      }
      lines.add(lines.size() == 0 ? 1 : lines.last());
      int[] columns = new int[lines.size()];
      java.util.Arrays.fill(columns, 1);
      String title = doc.getProperties() == null || doc.getProperties().getCoreProperties() == null
          ? "" : doc.getProperties().getCoreProperties().getTitle();
      return new Document(sb.toString(), title, SourceMap.of(lines.toArray(), columns));
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(DocumentException.Kind.DOCX, String.valueOf(e.getMessage()), e);
    }
  }
}
