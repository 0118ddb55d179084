package io.dyadscope.corpus.qda;

import io.dyadscope.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.Fixture;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.CodeKind;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.codebook.CodebookJson;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdpxTest {

  @TempDir
  Path dir;

  // Synthetic text with an emoji (two UTF-16 units, one code point) before the coded words.
  private static final String TEXT = "Talks \uD83E\uDD1D resumed. Confiance rétablie à Kaboul.";

  private static Codebook book() {
    return new Codebook("t", List.of(
        new Code("trust", "Confiance diplomatique", CodeKind.theme, "", "#123456", "Trust.", "", "", List.of("talks"), ""),
        new Code("sub", "اعتماد", CodeKind.theme, "trust", "", "", "", "", List.of(), ""),
        new Code("trade", "Trade", CodeKind.theme, "", "", "", "", "", List.of(), "")));
  }

  private static CorpusDocument doc() {
    return Fixture.doc("e1", DocumentKind.statement, "2024-05", "Synthetic publisher", TEXT);
  }

  private static List<Coding> codings() {
    int start = TEXT.indexOf("Confiance");
    return List.of(Coding.human("e1", start, start + 18, "sub", "Ann"), Coding.auto("e1", 0, 15, "trust", "talks"),
        Coding.human("e1", TEXT.indexOf("Kaboul"), TEXT.indexOf("Kaboul") + 6, "trade", "Bob"));
  }

  @Test
  void exportAndImportGiveBackTheSameDocumentsCodesAndSegments() {
    Path file = dir.resolve("p.qdpx");
    List<Memo> memos = List.of(new Memo(Memo.Target.code, "trust", "Ann", "Mostly about talks."),
        new Memo(Memo.Target.document, "e1", "Bob", "A synthetic text."));
    QdpxWriter.write(file, "Round trip", book(), List.of(doc()), codings(), memos);
    QdaImport in = QdpxReader.read(file, new Codebook("empty", List.of()));
    assertThat(in.warnings()).isEmpty();
    assertThat(in.documents()).containsExactly(doc());
    assertThat(in.codes()).extracting(Code::name, Code::parent).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Confiance diplomatique", ""),
        org.assertj.core.groups.Tuple.tuple("اعتماد", "confiance-diplomatique"),
        org.assertj.core.groups.Tuple.tuple("Trade", ""));
    assertThat(in.codes().get(1).id()).isEqualTo("اعتماد");
    assertThat(in.codings()).containsExactly(
        Coding.human("e1", 18, 36, "اعتماد", "Ann"), Coding.auto("e1", 0, 15, "confiance-diplomatique", "talks"),
        Coding.human("e1", 39, 45, "trade", "Bob"));
    assertThat(in.memos()).containsExactly(new Memo(Memo.Target.code, "confiance-diplomatique", "", "Mostly about talks."),
        new Memo(Memo.Target.document, "e1", "", "A synthetic text."));
  }

  @Test
  void codesKnownByGuidKeepTheirIdsOnImport() {
    Path file = dir.resolve("p.qdpx");
    QdpxWriter.write(file, "p", book(), List.of(doc()), codings(), List.of());
    QdaImport in = QdpxReader.read(file, book());
    assertThat(in.codes()).isEmpty();
    assertThat(in.codings()).isEqualTo(codings());
  }

  @Test
  void selectionOffsetsAreCountedInCodePoints() throws Exception {
    String xml = new String(QdpxWriter.projectXml("p", book(), List.of(doc()), codings(), List.of(), Instant.EPOCH),
        StandardCharsets.UTF_8);
    // "Confiance" is at char 18 but code point 17: the emoji is two chars and one code point.
    assertThat(TEXT.indexOf("Confiance")).isEqualTo(18);
    assertThat(xml).contains("startPosition=\"17\" endPosition=\"35\"").contains("startPosition=\"0\" endPosition=\"14\"");
  }

  @Test
  void theProjectFileValidatesAgainstTheRefiQdaSchema() throws Exception {
    Path xsd = SharedData.data("reference/refi-qda/Project-mrt2019.xsd");
    byte[] xml = QdpxWriter.projectXml("p", CodebookJson.standard().plus(book().codes()), List.of(doc()), codings(),
        List.of(new Memo(Memo.Target.code, "trust", "Ann", "m"), new Memo(Memo.Target.document, "e1", "", "d")),
        Instant.EPOCH);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @Test
  void theCodebookFileValidatesAgainstTheRefiQdaCodebookSchemaAndReadsBack() throws Exception {
    Path xsd = SharedData.data("reference/refi-qda/Codebook-mrt2019.xsd");
    byte[] xml = QdcCodebook.write(CodebookJson.standard().plus(book().codes()));
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
    Path qdc = dir.resolve("b.qdc");
    Files.write(qdc, xml);
    QdaImport in = QdcCodebook.read(qdc, new Codebook("empty", List.of()));
    // the default codebook's 11 codes (eight themes, three lenses) and the 3 of the test book
    assertThat(in.codes()).hasSize(14);
    assertThat(in.codes().get(0).name()).isEqualTo("Trust deficit and diplomacy");
  }

  @Test
  void theRealAtlasTiExportImportsItsTwoLevelCodebook() {
    Path file = SharedData.data("reference/refi-qda/target-atlas-project.qdpx");
    QdaImport in = QdpxReader.read(file, CodebookJson.standard());
    assertThat(in.projectName()).isEqualTo("target-atlas-project");
    assertThat(in.codes()).extracting(Code::id, Code::parent).containsExactly(
        org.assertj.core.groups.Tuple.tuple("commits", ""),
        org.assertj.core.groups.Tuple.tuple("2022-05-10t02-05-59z-19e4dce", "commits"),
        org.assertj.core.groups.Tuple.tuple("2022-02-11t10-39-25z-cdbfd92", "commits"));
    assertThat(in.codes().get(0).guid()).isEqualTo("A182CD3A-D83C-4D8C-BC80-26D9103EC6D6");
    assertThat(in.documents()).isEmpty();
    assertThat(in.warnings()).isEmpty();
  }

  @Test
  void relativeSourcePathsBelowTheGivenSourcesFolderAndStrayElementsAreReadWithWarningsNamingTheElement() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "Trade talks \uD83D\uDE00 went well.");
    String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"other tool\">"
        + "<Users><User guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" name=\"Zoë\"/></Users>"
        + "<CodeBook><Codes><Code guid=\"BBBBBBBB-0000-0000-0000-000000000001\" name=\"Économie\"/></Codes></CodeBook>"
        + "<Sources><TextSource guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"Notes\""
        + " plainTextPath=\"relative://notes.txt\"><Shiny/>"
        + "<PlainTextSelection guid=\"DDDDDDDD-0000-0000-0000-000000000001\" startPosition=\"14\" endPosition=\"18\""
        + " creatingUser=\"aaaaaaaa-0000-0000-0000-000000000001\"><Coding guid=\"EEEEEEEE-0000-0000-0000-000000000001\">"
        + "<CodeRef targetGUID=\"{bbbbbbbb-0000-0000-0000-000000000001}\"/></Coding></PlainTextSelection>"
        + "</TextSource></Sources><Extra/></Project>";
    Path file = dir.resolve("other.qdpx");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(qde.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    QdaImport in = QdpxReader.read(file, CodebookJson.standard(), InputLimits.DEFAULT, dir);
    assertThat(in.warnings()).containsExactly(
        "<Code name=\"Économie\"> has no isCodable attribute: read as codable",
        "ignored element <Extra> in <Project>",
        "<TextSource name=\"Notes\"> has no 'kind: ...' line in its description: imported as a report",
        "ignored element <Shiny> in <TextSource name=\"Notes\">");
    CorpusDocument d = in.documents().get(0);
    Coding c = in.codings().get(0);
    assertThat(d.text().substring(c.start(), c.end())).isEqualTo("went");
    assertThat(c).isEqualTo(Coding.human("notes", 15, 19, "économie", "Zoë"));
  }

  @Test
  void anArchiveWithoutProjectFileIsAnError() throws Exception {
    Path file = dir.resolve("empty.qdpx");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write(1);
      zip.closeEntry();
    }
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard())).isInstanceOf(CorpusException.class)
        .hasMessage(file + ": not a REFI-QDA project: no project.qde in the archive");
  }
}
