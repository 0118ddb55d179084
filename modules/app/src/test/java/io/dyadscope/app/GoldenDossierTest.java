package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier of the default workspace, kept: its JSON and the text of its HTML must stay as the
 * golden files in {@code src/test/resources/io/dyadscope/app/golden/} say, so that a restructuring
 * changes no figure and no sentence unawares. An intended change is made only by running {@link GoldenFile#UPDATE_COMMAND}
 * and committing the new files with the change; a missing file fails, it is never written here.
 */
class GoldenDossierTest {

  static final Path GOLDEN = Path.of("src/test/resources/io/dyadscope/app/golden");

  @TempDir
  static Path dir;

  static Path out;

  @BeforeAll
  static void writeTheDefaultDossier() throws IOException {
    Application app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null));
    Dossier dossier = app.reports().build(new ReportService.Request(Dyad.parse("PAK-AFG"), null, null, null));
    out = dir.resolve("out");
    app.reports().write(dossier, out);
  }

  @Test
  void jsonIsAsKept() throws IOException {
    compare("dossier.json", stable(Files.readString(out.resolve("dossier.json"))));
  }

  @Test
  void textOfTheHtmlIsAsKept() throws IOException {
    compare("dossier.html.txt", textOf(Files.readString(out.resolve("dossier.html"))));
  }

  /** The HTML's visible text, one block a line: markup, styles and scripts removed. */
  static String textOf(String html) {
    String noCode = html.replaceAll("(?s)<(style|script)[^>]*>.*?</\\1>", "");
    String blocks = noCode.replaceAll("(?i)</?(p|div|h[1-6]|li|tr|table|section|figure|figcaption|caption|br)[^>]*>", "\n");
    String text = blocks.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'");
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n")) {
      String l = line.replaceAll("\\s+", " ").strip();
      if (!l.isEmpty()) {
        b.append(l).append('\n');
      }
    }
    return stable(b.toString());
  }

  /** Takes out what differs from run to run by design: the workspace path and the date of writing. */
  static String stable(String text) {
    return text.replace(dir.toString(), "<tmp>").replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z?", "<time>");
  }

  private static void compare(String name, String actual) throws IOException {
    GoldenFile.check(GOLDEN.resolve(name), actual, GoldenFile.updateRequested());
  }
}
