package io.dyadscope.render.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.evidence.Dyad;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  private static final String TEXT = """
      Trade rose from $1.9 billion in 2022 to $1.5 billion in 2023.
      Security incidents fell from 250 in 2022 to 200 in 2023 <as reported>.
      """;
  private static final AuditReport REPORT = Auditor.audit(AuditInput.of("brief.txt", TEXT, Dyad.parse("PAK-AFG")));

  @Test
  void textIsOneLinterLinePerFindingThenVerifiedThenASummary() {
    assertThat(ReportFormat.TEXT.render(REPORT, TEXT)).isEqualTo("""
        brief.txt:1: error [change-statement] 'rose' (a rise) but from $1.9 billion in 2022 (line 1) to $1.5 billion \
        in 2023 (line 1) is a fall, -21.05%
        brief.txt:2: ok [change-statement] 'fell' (a fall) matches from 250 in 2022 (line 2) to 200 in 2023 (line 2), \
        -20.00%
        brief.txt (PAK-AFG): 1 error, 0 warnings, 0 infos; 1 check held; 4 numbers found, 4 tied to a quantity, \
        4 checked
        """);
  }

  @Test
  void jsonHasExactlyTheAgreedShape() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportFormat.JSON.render(REPORT, null));

    assertThat(fields(root)).containsExactly("file", "dyad", "findings", "verified", "coverage");
    assertThat(root.get("file").asText()).isEqualTo("brief.txt");
    assertThat(root.get("dyad").asText()).isEqualTo("PAK-AFG");
    JsonNode f = root.get("findings").get(0);
    assertThat(fields(f)).containsExactly("check", "severity", "line", "column", "excerpt", "message");
    assertThat(f.get("column").asInt()).isEqualTo(1);
    assertThat(f.get("severity").asText()).isEqualTo("error");
    assertThat(f.get("line").asInt()).isEqualTo(1);
    assertThat(f.get("excerpt").asText()).isEqualTo("Trade rose from $1.9 billion in 2022 to $1.5 billion in 2023.");
    assertThat(fields(root.get("verified").get(0))).containsExactly("check", "line", "message");
    assertThat(fields(root.get("coverage"))).containsExactly("numbersFound", "numbersTied", "numbersChecked", "notes");
    assertThat(root.get("coverage").get("numbersFound").asInt()).isEqualTo(4);
  }

  @Test
  void markdownHasAFindingsTableAndTheVerifiedList() {
    String md = ReportFormat.MD.render(REPORT, null);

    assertThat(md).startsWith("# Audit of brief.txt (PAK-AFG)\n");
    assertThat(md).contains("| Line | Severity | Check | Message | Excerpt |");
    assertThat(md).contains("| 1 | error | `change-statement` | 'rose' (a rise) but from $1.9 billion in 2022");
    assertThat(md).contains("- line 2 `change-statement`: 'fell' (a fall) matches");
    assertThat(md).contains("| 4 | 4 | 4 |");
  }

  @Test
  void htmlIsSelfContainedAndPutsEachFindingBesideItsLine() {
    String html = ReportFormat.HTML.render(REPORT, TEXT);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
        .doesNotContain("<link").doesNotContain("http://").doesNotContain("https://");
    String line1 = row(html, 1);
    assertThat(line1).contains("class=\"has-error\"").contains("[change-statement]").contains("is a fall, -21.05%");
    assertThat(row(html, 2)).contains("&lt;as reported&gt;").contains("note ok");
  }

  @Test
  void formatsParseByNameAndRefuseOthers() {
    assertThat(ReportFormat.parse("md")).isEqualTo(ReportFormat.MD);
    assertThat(ReportFormat.parse(" JSON ")).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.TEXT.extension()).isEqualTo("txt");
    assertThatThrownBy(() -> ReportFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'xml'");
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static String row(String html, int line) {
    int start = html.indexOf("<tr id=\"L" + line + "\"");
    return html.substring(start, html.indexOf("</tr>", start));
  }
}
