package io.dyadscope.documents;

import io.dyadscope.testkit.SyntheticPdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextTest {

  @TempDir
  Path dir;

  @Test
  void plainTextIsReadAsItIsAndMarkdownLineForLineWithoutMarkup() throws IOException {
    Path txt = dir.resolve("r.txt");
    Files.writeString(txt, "Trade rose.\r\nIt fell.\r\n", StandardCharsets.UTF_8);
    Path md = dir.resolve("r.md");
    Files.writeString(md, "# Title\n\nTrade rose to $1.9 billion.\n", StandardCharsets.UTF_8);

    assertThat(DocumentText.read(txt)).isEqualTo("Trade rose.\nIt fell.\n");
    assertThat(DocumentText.read(md)).isEqualTo("Title\n\nTrade rose to $1.9 billion.\n");
  }

  @Test
  void markdownTablesStayGridsKeepingEmptyCellsAndLineNumbers() throws IOException {
    Path md = dir.resolve("t.md");
    Files.writeString(md, "| Year | Exports | **Total** |\n| --- | ---: | ---: |\n| 2019 |  | 1,700 |\n",
        StandardCharsets.UTF_8);

    assertThat(DocumentText.read(md)).isEqualTo("| Year | Exports | Total |\n| --- | --- | --- |\n| 2019 | – | 1,700 |\n");
  }

  @Test
  void latin1TextThatIsNotUtf8IsStillRead() throws IOException {
    Path txt = dir.resolve("old.txt");
    Files.write(txt, "Caf\u00e9 trade".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(DocumentText.read(txt)).isEqualTo("Café trade");
  }

  @Test
  void htmlIsStrippedToOneLinePerBlock() throws IOException {
    Path html = dir.resolve("r.html");
    Files.writeString(html, """
        <html><head><title>T</title><style>p{color:red}</style></head>
        <body><script>var x = "1,000";</script>
        <h1>Trade &amp; Security</h1>
        <p>Trade rose to
        $1.9&nbsp;billion.</p><p>Incidents fell.</p>
        <table><tr><th>Year</th><th>Total</th></tr><tr><td>2024</td><td>1,750</td></tr></table>
        </body></html>
        """, StandardCharsets.UTF_8);

    assertThat(DocumentText.read(html)).isEqualTo("""
        Trade & Security
        Trade rose to $1.9 billion.
        Incidents fell.
        | Year | Total |
        | --- | --- |
        | 2024 | 1,750 |
        """);
  }

  @Test
  void pdfTextIsExtractedWithPdfBox() throws IOException {
    Path pdf = SyntheticPdf.standard().write(dir.resolve("r.pdf"), "Trade rose to $1.9 billion in 2022.",
        "Incidents fell to 310 in 2023.");

    assertThat(DocumentText.read(pdf).strip())
        .isEqualTo("Trade rose to $1.9 billion in 2022.\nIncidents fell to 310 in 2023.");
  }

  @Test
  void anUnknownExtensionIsRefusedNamingTheFile() {
    Path doc = dir.resolve("report.odt");

    assertThatThrownBy(() -> DocumentText.read(doc)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report.odt").hasMessageContaining("'.odt'");
    assertThat(DocumentText.supports(doc)).isFalse();
    assertThat(DocumentText.supports(dir.resolve("a.PDF"))).isTrue();
  }

  @Test
  void aMissingFileIsAnIoErrorNamingIt() {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> DocumentText.read(missing)).isInstanceOf(IOException.class)
        .hasMessageContaining("missing.txt");
  }

  @Test
  void aBrokenPdfIsAnIoErrorNamingIt() throws IOException {
    Path pdf = dir.resolve("broken.pdf");
    Files.writeString(pdf, "not a pdf at all");

    assertThatThrownBy(() -> DocumentText.read(pdf)).isInstanceOf(IOException.class)
        .hasMessageContaining("broken.pdf");
  }

  @Test
  void wordParagraphsAreReadWithTheirNumbersAsLinesAndTheTitle() throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      doc.createParagraph().createRun().setText("Trade rose to $1.9 billion.");
      doc.createParagraph().createRun().setText("");
      doc.createParagraph().createRun().setText("Incidents fell.");
      doc.getProperties().getCoreProperties().setTitle("Synthetic memo");
      doc.write(b);
    }

    Document d = DocumentText.read("memo.docx", b.toByteArray(), Reading.LENIENT);

    assertThat(d.text()).isEqualTo("Trade rose to $1.9 billion.\n\nIncidents fell.");
    assertThat(d.title()).isEqualTo("Synthetic memo");
    assertThat(d.map().line(1)).isEqualTo(1);
    assertThat(d.map().line(3)).isEqualTo(3);
  }

  @Test
  void textThatIsNotUtf8IsLatin1WhenLenientAndRefusedWhenStrict() {
    byte[] latin1 = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(DocumentText.read("a.txt", latin1, Reading.LENIENT).text()).isEqualTo("Caf\u00e9 talks");
    assertThatThrownBy(() -> DocumentText.read("a.txt", latin1, Reading.strict(0, 0)))
        .isInstanceOf(DocumentException.class).hasFieldOrPropertyWithValue("kind", DocumentException.Kind.NOT_UTF8);
  }

  @Test
  void anHtmlPageGivesItsTitleWithEntitiesDecoded() {
    byte[] html = "<html><head><title>A &amp; B</title></head><body><p>Both sides&nbsp;agreed.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    Document d = DocumentText.read("page.html", html, Reading.LENIENT);

    assertThat(d.title()).isEqualTo("A & B");
    assertThat(d.text()).isEqualTo("Both sides agreed.\n");
  }
}
