package io.dyadscope.cli;


import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  // Written for this test: the table's total (300) is not the sum of its parts (140 + 80 + 70 = 290).
  static final String REPORT = """
      Border security

      Incidents along the border rose from 270 in 2020 to 370 in 2021.

      Table 3: Security incidents along the border (2024) (Number of reported incidents)

      Year Cross-border attacks Militant activities Counterterrorism operations Total incidents
      2024 140 80 70 300

      The numbers above come from the monitoring of incidents over several years by analysts.
      """;

  @TempDir
  static Path dir;

  static Path report;
  static String ws;

  @BeforeAll
  static void setUp() throws IOException {
    report = dir.resolve("report.txt");
    Files.writeString(report, REPORT);
    ws = dir.resolve("ws").toString();
    assertThat(CliRun.of("sources", "--workspace", ws).code()).isZero();
  }

  @Test
  void jsonListsTheFindingWithItsLineAndWhatWasVerified() throws IOException {
    CliRun r = CliRun.of("audit", report.toString(), "--dyad", "PAK-AFG", "--format", "json", "--workspace", ws);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("dyad").asText()).isEqualTo("PAK-AFG");
    assertThat(json.get("findings").toString()).contains("table-arithmetic").contains("\"line\":8");
    assertThat(json.get("verified").toString()).contains("change-statement");
  }

  @Test
  void failOnErrorExitsWith3WhenErrorsExist() {
    assertThat(CliRun.of("audit", report.toString(), "--dyad", "PAK-AFG", "--fail-on", "error", "--workspace", ws).code()).isEqualTo(3);
  }

  @Test
  void auditLeavesTheWorkspaceUnchangedUnlessSaved() throws IOException {
    Path other = dir.resolve("ws-save").resolve("x").getParent();
    String w = other.toString();
    assertThat(CliRun.of("audit", report.toString(), "--dyad", "PAK-AFG", "--workspace", w).code()).isZero();
    try (Workspace opened = Workspace.open(other)) {
      assertThat(opened.savedDocumentCount()).isZero();
    }
    assertThat(CliRun.of("audit", report.toString(), "--dyad", "PAK-AFG", "--save", "--workspace", w).code()).isZero();
    assertThat(CliRun.of("audit", report.toString(), "--dyad", "PAK-AFG", "--save", "--workspace", w).code()).isZero();
    try (Workspace opened = Workspace.open(other)) {
      assertThat(opened.savedDocumentCount()).isEqualTo(1);
    }
    CliRun rep = CliRun.of("report", "--workspace", w, "--out", dir.resolve("out").toString());
    assertThat(rep.code()).as(rep.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/dossier.html"))).contains("table-arithmetic").contains("report.txt");
  }

  @Test
  void htmlFormatIsAPageWithTheText() throws IOException {
    Path out = dir.resolve("audit.html");
    CliRun r = CliRun.of("audit", report.toString(), "--dyad", "PAK-AFG", "--format", "html", "--out", out.toString(), "--workspace", ws);
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("Militant activities");
  }

  @Test
  void unknownFileTypeIsAUserError() throws IOException {
    Path odd = dir.resolve("report.xyz");
    Files.writeString(odd, "text");
    CliRun r = CliRun.of("audit", odd.toString(), "--workspace", ws);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("report.xyz");
  }

  @Test
  void withoutDyadTheAuditInfersItFromTheTitleAndSaysSo() throws IOException {
    Path brief = dir.resolve("brief.txt");
    Files.writeString(brief, "Bangladesh-Myanmar Relations: A Short Brief\n\nIn 2023 bilateral trade between Bangladesh"
        + " and Myanmar was $1.1 billion.\n");
    CliRun json = CliRun.of("audit", brief.toString(), "--format", "json", "--workspace", ws);
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.get("dyad").asText()).isEqualTo("BGD-MMR");
    assertThat(node.get("dyadInferred").asText()).isEqualTo("from the title");
    CliRun text = CliRun.of("audit", brief.toString(), "--workspace", ws);
    assertThat(text.out()).startsWith("dyad inferred: BGD-MMR from the title\n");
  }

  @Test
  void withoutDyadAReportNamingNoCountryIsAUserError() {
    CliRun r = CliRun.of("audit", report.toString(), "--workspace", ws);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("report.txt").contains("cannot infer the dyad").contains("--dyad");
  }
}
