package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad corpus input on the command line: each is a one-line user error (exit 1) naming the file and,
 * for a CSV, the line; none changes the workspace. The inputs are synthetic, written here.
 */
class UntrustedCorpusInputTest {

  @TempDir
  static Path dir;

  private static String before;

  private static CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--workspace";
    all[args.length + 1] = dir.resolve("ws").toString();
    return CliRun.of(all);
  }

  /** What the corpus holds: documents, codings per code, the codebook. */
  private static String corpusState() {
    return run("documents", "--format", "csv").out() + run("codes", "--format", "csv").out()
        + run("codebook", "--format", "csv").out();
  }

  @BeforeAll
  static void loadTheDefaultCorpus() {
    before = corpusState();
    assertThat(before).contains("wp-casa-1000");
  }

  private static void refused(CliRun r, String message) {
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("dyadscope: " + message + "\n");
    assertThat(corpusState()).isEqualTo(before);
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aProjectReadingEtcPasswdIsRefused() throws IOException {
    Path file = dir.resolve("passwd.qdpx");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources><TextSource name=\"Keys\""
          + " plainTextPath=\"file:///etc/passwd\"/></Sources></Project>").getBytes(StandardCharsets.UTF_8));
    }
    refused(run("import", "qdpx", file.toString()), file + ": <TextSource name=\"Keys\">: source path file:///etc/passwd"
        + " is outside the project: refused (a project's texts must be inside it, as internal:// sources)");
  }

  @Test
  void aRelativeSourceIsReadOnlyBelowTheSourcesFolderGiven() throws IOException {
    Path sources = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(sources.resolve("notes.txt"), "Synthetic note: the crossing reopened.");
    Path file = dir.resolve("relative.qdpx");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources><TextSource name=\"Notes\""
          + " plainTextPath=\"relative://notes.txt\"><Description>kind: news</Description></TextSource></Sources>"
          + "</Project>").getBytes(StandardCharsets.UTF_8));
    }
    refused(run("import", "qdpx", file.toString()), file + ": <TextSource name=\"Notes\">: source path"
        + " relative://notes.txt is outside the project: refused (a project's texts must be inside it, as internal://"
        + " sources; give --sources-dir DIR to read relative:// paths below DIR)");
    // in a workspace of its own, since it changes the corpus
    CliRun r = CliRun.of("import", "qdpx", file.toString(), "--sources-dir", sources.toString(), "--workspace",
        dir.resolve("ws-relative").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("1 documents added, 0 replaced, 0 unchanged;");
  }

  @Test
  void aLimitThatDoesNotParseIsAUsageError() {
    CliRun r = run("import", "qdpx", "x.qdpx", "--limit", "entry-mb=lots");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dyadscope: --limit: limit entry-mb must be a positive whole number, not 'lots'\n");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path big = write("big.txt", "word ".repeat(300_000));
    refused(run("import", "documents", big.toString(), "--kind", "news", "--limit", "document-mb=1"),
        big + ": is 1500000 bytes, more than the 1 MiB a document may have (raise with --limit document-mb=N)");
  }

  @Test
  void aShortCodingRowNamesItsLine() throws IOException {
    Path csv = write("short.csv", "document,start,end,code,coder\nwp-casa-1000,0,9,theme.trade,ann\n"
        + "wp-casa-1000,0,9,theme.trade\n");
    refused(run("code", "--import", csv.toString()),
        csv + ":3: has 4 fields, the header has 5 (document,start,end,code,coder)");
  }

  @Test
  void anExtraFieldInACodingRowIsReportedNotIgnored() throws IOException {
    Path csv = write("extra.csv", "document,start,end,code,coder\nwp-casa-1000,0,9,theme.trade,ann,note\n");
    refused(run("code", "--import", csv.toString()),
        csv + ":2: has 6 fields, the header has 5 (document,start,end,code,coder)");
  }

  @Test
  void latin1BytesInACodingCsvAreRefusedWithTheirLine() throws IOException {
    Path csv = write("latin1.csv", "document,start,end,code,coder\nwp-casa-1000,0,9,theme.trade,Zo\u00eb\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    refused(run("code", "--import", csv.toString()), csv + ":2: not UTF-8 text (bad byte at offset 61)");
  }

  @Test
  void aCodebookWithoutCodesNeedsAllowEmpty() throws IOException {
    Path book = write("empty.json", "{\"name\": \"none\", \"codes\": []}");
    refused(run("codebook", "--import", book.toString()), book + ": has no codes, so importing it would empty the"
        + " codebook: refused (give --allow-empty to mean it)");
  }

  @Test
  void aBadCodeKindNamesTheKindsThereAre() throws IOException {
    Path book = write("kind.json", "{\"codes\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"feeling\"}]}");
    refused(run("codebook", "--import", book.toString()),
        book + ": codes[0] (x): kind 'feeling' is not one of theme, lens, other");
  }
}
