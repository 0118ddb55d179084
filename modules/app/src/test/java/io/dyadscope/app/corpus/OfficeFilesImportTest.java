package io.dyadscope.app.corpus;

import io.dyadscope.testkit.SyntheticPdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.store.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .docx and a .pdf made here (synthetic sentences) go through the whole import into the workspace. */
class OfficeFilesImportTest {

  @TempDir
  Path dir;

  private Path docx() throws Exception {
    Path file = dir.resolve("in/minutes.docx");
    Files.createDirectories(file.getParent());
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Minutes of the transit trade meeting.");
      doc.createParagraph().createRun().setText("Both sides agreed to meet again.");
      doc.write(out);
    }
    return file;
  }

  private Path pdf() throws Exception {
    return SyntheticPdf.standard().write(dir.resolve("in/notice.pdf"), "The crossing will reopen on Monday.");
  }

  @Test
  void aDocxAndAPdfAreStoredWithTheirTextAndFoundBySearch() throws Exception {
    docx();
    pdf();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      corpus.importFiles(List.of(dir.resolve("in")), null, new DocumentOptions(null, null, "Synthetic office", "report",
          "2024", "en", null, null, null));
      assertThat(corpus.document("minutes").text())
          .isEqualTo("Minutes of the transit trade meeting.\n\nBoth sides agreed to meet again.");
      assertThat(corpus.document("notice").text()).isEqualTo("The crossing will reopen on Monday.");
      assertThat(corpus.search("reopen", 10, 1).hits().get(0).documentId()).isEqualTo("notice");
    }
  }

  @Test
  void aCorruptPdfBesideAGoodFileStopsTheImportAndNothingIsStored() throws Exception {
    docx();
    Files.writeString(dir.resolve("in/broken.pdf"), "%PDF-1.7 truncated");
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      assertThatThrownBy(() -> corpus.importFiles(List.of(dir.resolve("in")), null, new DocumentOptions(null, null,
          null, "report", null, null, null, null, null))).isInstanceOf(CorpusException.class)
          .hasMessageStartingWith(dir.resolve("in/broken.pdf") + ": not a readable PDF");
      assertThat(corpus.documents()).isEmpty();
    }
  }
}
