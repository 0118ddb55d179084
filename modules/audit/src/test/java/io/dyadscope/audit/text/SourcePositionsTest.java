package io.dyadscope.audit.text;

import io.dyadscope.testkit.SyntheticPdf;
import io.dyadscope.documents.SourceText;
import io.dyadscope.documents.DocumentText;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding points at the line (and column) of the file it was read from, whatever the format. */
class SourcePositionsTest {

  private static final String DEFECT = "Trade rose from $1.9 billion in 2022 to $1.5 billion in 2023.";

  @TempDir
  Path dir;

  private AuditReport audit(Path file) throws IOException {
    SourceText s = DocumentText.open(file);
    return Auditor.audit(new AuditInput(file.getFileName().toString(), s.text(), Dyad.parse("PAK-AFG"), List.of(),
        Map.of(), null, null, null, s.map()));
  }

  private static AuditFinding only(AuditReport r) {
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  /** Line 10, column 6: where the paragraph's text starts, after its tag. */
  @Test
  void anHtmlFindingPointsAtTheLineOfItsParagraphNotOfTheExtractedText() throws IOException {
    Path html = dir.resolve("r.html");
    Files.writeString(html, """
        <!DOCTYPE html>
        <html>
        <head>
          <title>Pakistan-Afghanistan trade</title>
          <style>p { margin: 0 }</style>
        </head>
        <body>
        <h1>Pakistan-Afghanistan trade</h1>
        <p>Pakistan and Afghanistan trade across Torkham.</p>
          <p>%s</p>
        </body>
        </html>
        """.formatted(DEFECT), StandardCharsets.UTF_8);

    AuditReport r = audit(html);

    assertThat(r.at(only(r).line())).isEqualTo(new AuditReport.Position(0, 10, 6));
    assertThat(r.where(only(r).line())).isEqualTo("10:6");
  }

  @Test
  void aJsonFindingPointsAtTheLineAndColumnOfItsString() throws IOException {
    Path json = dir.resolve("r.json");
    Files.writeString(json, """
        {
          "title": "Pakistan-Afghanistan trade",
          "sections": [
            {"heading": "Trade",
             "paragraphs": [
               "Pakistan and Afghanistan trade across Torkham.",
               "%s"
             ]}
          ]
        }
        """.formatted(DEFECT), StandardCharsets.UTF_8);

    AuditReport r = audit(json);

    assertThat(r.at(only(r).line())).isEqualTo(new AuditReport.Position(0, 7, 8));
  }

  @Test
  void aJsonArrayOfRowsIsATableWhoseRowsPointAtTheirLines() throws IOException {
    Path json = dir.resolve("t.json");
    Files.writeString(json, """
        {"tables": [{"caption": "Table 1: Visitors (persons)",
          "columns": ["Year", "North", "South", "Total"],
          "rows": [
            ["2023", "10", "20", "30"],
            ["2024", "10", "20", "31"]
          ]}]}
        """, StandardCharsets.UTF_8);

    AuditReport r = audit(json);

    assertThat(r.at(only(r).line()).line()).isEqualTo(5);
    assertThat(only(r).message()).isEqualTo("Table 1, 2024: Total is 31 but 10 + 20 = 30");
  }

  @Test
  void aMarkdownFindingIsOnItsOwnLine() throws IOException {
    Path md = dir.resolve("r.md");
    Files.writeString(md, "# Pakistan-Afghanistan trade\n\nSome *context* first.\n\n- " + DEFECT + "\n",
        StandardCharsets.UTF_8);

    AuditReport r = audit(md);

    assertThat(r.at(only(r).line())).isEqualTo(new AuditReport.Position(0, 5, 1));
  }

  @Test
  void aPdfFindingNamesItsPageAndTheLineOnThatPage() throws IOException {
    Path pdf = SyntheticPdf.standard().writePages(dir.resolve("r.pdf"), List.of(
        List.of("Pakistan-Afghanistan trade", "An introduction."),
        List.of("Pakistan and Afghanistan trade across Torkham.", DEFECT)));

    AuditReport r = audit(pdf);

    assertThat(r.at(only(r).line())).isEqualTo(new AuditReport.Position(2, 2, 1));
    assertThat(r.where(only(r).line())).isEqualTo("p2:2");
  }
}
