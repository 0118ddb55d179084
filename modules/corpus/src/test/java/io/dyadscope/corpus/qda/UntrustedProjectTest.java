package io.dyadscope.corpus.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.corpus.codebook.CodebookJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project received from someone else reads nothing outside itself and unpacks to a bounded size. */
class UntrustedProjectTest {

  @TempDir
  Path dir;

  /** A project whose one text source has {@code plainTextPath} = {@code path}. */
  static String qde(String path) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
        + "<Sources><TextSource guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"Notes\" plainTextPath=\""
        + path + "\"><Description>kind: report</Description></TextSource></Sources></Project>";
  }

  private Path zip(String name, Map<String, byte[]> entries) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private Path project(String path) throws IOException {
    return zip("p.qdpx", Map.of("project.qde", qde(path).getBytes(StandardCharsets.UTF_8)));
  }

  private static String refusal(Path file, Path sourcesDir) {
    try {
      QdpxReader.read(file, CodebookJson.standard(), InputLimits.DEFAULT, sourcesDir);
    } catch (CorpusException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aFileUrlToEtcPasswdIsRefusedNamingTheSource() throws IOException {
    Path file = project("file:///etc/passwd");
    assertThat(refusal(file, null)).isEqualTo(file + ": <TextSource name=\"Notes\">: source path file:///etc/passwd"
        + " is outside the project: refused (a project's texts must be inside it, as internal:// sources)");
  }

  @Test
  void anAbsolutePathIsRefused() throws IOException {
    assertThat(refusal(project("/etc/passwd"), null)).contains("source path /etc/passwd is outside the project: refused");
  }

  @Test
  void aRelativePathIsRefusedWithoutASourcesFolder() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "Beside the project.");
    assertThat(refusal(project("relative://notes.txt"), null)).endsWith("source path relative://notes.txt is outside"
        + " the project: refused (a project's texts must be inside it, as internal:// sources; give --sources-dir DIR"
        + " to read relative:// paths below DIR)");
  }

  @Test
  void aRelativePathClimbingOutOfTheSourcesFolderIsRefused() throws IOException {
    Path sources = Files.createDirectories(dir.resolve("sources"));
    Files.writeString(dir.resolve("secret.txt"), "Not for the corpus.");
    assertThat(refusal(project("relative://../secret.txt"), sources))
        .endsWith("source path relative://../secret.txt leads outside the sources folder " + sources + ": refused");
    assertThat(refusal(project("relative://../../../../etc/passwd"), sources)).contains("leads outside the sources folder");
  }

  @Test
  void theProjectsOwnBasePathIsNotASourcesFolder() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "Beside the project.");
    String xml = qde("relative://notes.txt").replace("name=\"p\">", "name=\"p\" basePath=\"" + dir + "\">");
    Path file = zip("p.qdpx", Map.of("project.qde", xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(refusal(file, null)).contains("source path relative://notes.txt is outside the project: refused");
  }

  @Test
  void anInternalSourceThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", qde("internal://a.txt").getBytes(StandardCharsets.UTF_8));
    entries.put("sources/a.txt", "First line.\nKhyber Pakht\u00fankhwa".getBytes(StandardCharsets.ISO_8859_1));
    Path file = zip("latin1.qdpx", entries);
    assertThat(refusal(file, null)).isEqualTo(file + "!a.txt:2: <TextSource name=\"Notes\"> is not UTF-8 text, as"
        + " REFI-QDA requires: refused (convert it to UTF-8)");
  }

  @Test
  void twoEntriesWithOneNameAreRefused() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", qde("internal://a.txt").getBytes(StandardCharsets.UTF_8));
    entries.put("sources/a.txt", "One text.".getBytes(StandardCharsets.UTF_8));
    entries.put("sources/b.txt", "Another.".getBytes(StandardCharsets.UTF_8));
    Path file = zip("dup.qdpx", entries);
    // rename the second entry in both its local header and the central directory (names are not checksummed)
    byte[] bytes = Files.readAllBytes(file);
    String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("sources/b.txt", "sources/a.txt");
    Files.write(file, latin.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(refusal(file, null)).isEqualTo(file + ": two entries are named 'sources/a.txt': refused, since which"
        + " one is meant cannot be told");
  }

  @Test
  void eachLimitIsNamedWithTheOptionThatRaisesIt() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", qde("internal://a.txt").getBytes(StandardCharsets.UTF_8));
    entries.put("sources/a.txt", "x".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
    Path file = zip("big.qdpx", entries);
    InputLimits roomy = InputLimits.DEFAULT.with("ratio=100000");
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard(), InputLimits.DEFAULT, null))
        .hasMessage(file + "!sources/a.txt: unpacks to more than 100 times its compressed size, as a ZIP bomb does"
            + " (raise with --limit ratio=N)");
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard(), roomy.with("entry-mb=2"), null))
        .hasMessage(file + "!sources/a.txt: unpacks to more than 2 MiB (raise with --limit entry-mb=N)");
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard(), roomy.with("total-mb=1"), null))
        .hasMessage(file + ": unpacks to more than 1 MiB in all (raise with --limit total-mb=N)");
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard(), roomy.with("entries=1"), null))
        .hasMessage(file + ": has more than 1 entries (raise with --limit entries=N)");
    assertThatThrownBy(() -> QdpxReader.read(file, CodebookJson.standard(), roomy.with("document-mb=2"), null))
        .hasMessage(file + ": <TextSource name=\"Notes\">: is 3145728 bytes, more than the 2 MiB a document may have"
            + " (raise with --limit document-mb=N)");
    assertThat(QdpxReader.read(file, CodebookJson.standard(), roomy, null).documents().get(0).text()).hasSize(3 * 1024 * 1024);
  }

  @Test
  void aLimitThatIsNotAPositiveNumberIsRefused() {
    assertThatThrownBy(() -> InputLimits.DEFAULT.with("entry-mb=lots"))
        .hasMessage("limit entry-mb must be a positive whole number, not 'lots'");
    assertThatThrownBy(() -> InputLimits.DEFAULT.with("size=3"))
        .hasMessage("'size=3' is not NAME=VALUE with NAME one of entries, entry-mb, total-mb, ratio, document-mb");
  }
}
