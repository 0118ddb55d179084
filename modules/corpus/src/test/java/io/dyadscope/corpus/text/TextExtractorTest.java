package io.dyadscope.corpus.text;

import io.dyadscope.testkit.SyntheticPdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.Segment;
import io.dyadscope.corpus.SegmentUnit;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures are synthetic: made here with POI and PDFBox from sentences written for the test. */
class TextExtractorTest {

  @TempDir
  Path dir;

  @Test
  void docxParagraphsBecomeParagraphsSeparatedByABlankLine() throws Exception {
    Path file = dir.resolve("memo.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Transit trade talks resumed.");
      doc.createParagraph().createRun().setText("");
      doc.createParagraph().createRun().setText("Both delegations met in Kabul.");
      doc.getProperties().getCoreProperties().setTitle("Synthetic memo");
      doc.write(out);
    }
    ExtractedText t = TextExtractor.extract(file);
    assertThat(t.text()).isEqualTo("Transit trade talks resumed.\n\nBoth delegations met in Kabul.");
    assertThat(t.title()).isEqualTo("Synthetic memo");
  }

  @Test
  void pdfTextIsReadLineByLine() throws Exception {
    Path file = SyntheticPdf.of(12, 16).write(dir.resolve("note.pdf"), "The crossing reopened on Monday.",
        "Trucks queued for two days.");
    assertThat(TextExtractor.extract(file).text()).isEqualTo("The crossing reopened on Monday.\nTrucks queued for two days.");
  }

  @Test
  void htmlLosesTagsAndScriptsAndKeepsBlocksApart() throws Exception {
    Path file = dir.resolve("page.html");
    Files.writeString(file, "<html><head><title>A &amp; B</title><script>x()</script></head><body>"
        + "<h1>Joint statement</h1><p>Both sides&nbsp;agreed.</p><p>Talks   continue &#8211; soon.</p></body></html>");
    ExtractedText t = TextExtractor.extract(file);
    assertThat(t.text()).isEqualTo("Joint statement\n\nBoth sides agreed.\n\nTalks continue \u2013 soon.");
    assertThat(t.title()).isEqualTo("A & B");
  }

  @Test
  void plainTextLineEndsAreNormalisedSoOffsetsAreStable() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.write(file, "\uFEFFOne.\r\nTwo.  \r\n\r\n\r\n\r\nThree.\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(TextExtractor.extract(file).text()).isEqualTo("One.\nTwo.\n\nThree.");
  }

  @Test
  void aCorruptPdfIsAnErrorNamingTheFile() throws Exception {
    Path file = dir.resolve("broken.pdf");
    Files.writeString(file, "%PDF-1.4 this is not really a PDF");
    assertThatThrownBy(() -> TextExtractor.extract(file)).isInstanceOf(CorpusException.class)
        .hasMessageStartingWith(file + ": not a readable PDF");
  }

  @Test
  void aCorruptDocxIsAnErrorNamingTheFile() throws Exception {
    Path file = dir.resolve("broken.docx");
    Files.writeString(file, "PK not a zip");
    assertThatThrownBy(() -> TextExtractor.extract(file)).isInstanceOf(CorpusException.class)
        .hasMessageStartingWith(file + ": not a readable .docx (Word) file");
  }

  @Test
  void sentencesAndParagraphsHaveTrimmedOffsets() {
    String text = "First one. Second one?\n\n  Third paragraph.";
    List<Segment> s = Segmenter.segments("d", text, SegmentUnit.sentence);
    assertThat(s).extracting(Segment::start, Segment::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 10), org.assertj.core.groups.Tuple.tuple(11, 22),
        org.assertj.core.groups.Tuple.tuple(26, 42));
    assertThat(Segmenter.segments("d", text, SegmentUnit.paragraph)).extracting(Segment::start, Segment::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 22), org.assertj.core.groups.Tuple.tuple(26, 42));
  }
}
