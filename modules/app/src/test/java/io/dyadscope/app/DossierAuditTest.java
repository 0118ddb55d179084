package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dyadscope's own dossier of the default workspace, audited in each format the audit reads, against
 * that workspace: its tables, figures, captions, lists and colophon must read as what they are, so
 * the audit finds no error and no warning. The dyad is inferred, as a user auditing the file would
 * leave it.
 */
class DossierAuditTest {

  @TempDir
  static Path dir;

  static Application app;
  static Application paperOnly;
  static Path out;
  static Path paperOut;

  @BeforeAll
  static void writeTheDefaultDossier() throws IOException {
    // The real default workspace: the paper's figures and the evidence pack's observed series.
    app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null,
        DefaultDataset.standard()));
    paperOnly = new Application(new WorkspaceAccess(dir.resolve("ws-paper"), WorkspaceAccess.DEFAULT_PATIENCE, null,
        DefaultDataset.standard().withoutPack()));
    Dossier dossier = app.reports().build(new ReportService.Request(Dyad.parse("PAK-AFG"), null, null, null));
    out = dir.resolve("out");
    app.reports().write(dossier, out);
    paperOut = dir.resolve("out-paper");
    paperOnly.reports().write(paperOnly.reports().build(new ReportService.Request(Dyad.parse("PAK-AFG"), null, null,
        null)), paperOut);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dossier.md", "dossier.html"})
  void theDossierAuditsWithoutErrorsOrWarnings(String file) throws IOException {
    AuditReport report = app.audits().audit(new AuditService.Request(out.resolve(file), null, null, null, false))
        .report();

    assertThat(report.dyad()).isEqualTo("PAK-AFG");
    assertThat(report.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING))
        .extracting(AuditFinding::line, AuditFinding::check, AuditFinding::message).isEmpty();
    assertThat(report.coverage().numbersChecked()).as("the audit still reads and checks the dossier's figures")
        .isGreaterThan(50);
  }

  // Still on the paper's figures alone: with the evidence pack the JSON audit reads the charts' CSV strings and
  // the forecast comparisons' unrounded numbers as prose (repeated ",0" phrases, intervals as values).
  @Test
  void theDossierAsJsonAuditsWithoutErrorsOrWarnings() throws IOException {
    AuditReport report = paperOnly.audits().audit(new AuditService.Request(paperOut.resolve("dossier.json"), null,
        null, null, false)).report();

    assertThat(report.dyad()).isEqualTo("PAK-AFG");
    assertThat(report.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING))
        .extracting(AuditFinding::line, AuditFinding::check, AuditFinding::message).isEmpty();
    assertThat(report.coverage().numbersFound()).as("the audit reads the figures in the JSON's sentences")
        .isGreaterThan(50);
  }
}
