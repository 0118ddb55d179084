package io.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  @TempDir Path dir;

  @Test
  void newWorkspaceCreatesFolderAndDatabaseAtLatestVersion() {
    Path folder = dir.resolve("nested/ws");
    try (Workspace ws = Workspace.open(folder)) {
      assertThat(ws.schemaVersion()).isEqualTo(6);
      assertThat(ws.databaseFile()).isEqualTo(folder.resolve("workspace.duckdb"));
      assertThat(Files.isRegularFile(folder.resolve("workspace.duckdb"))).isTrue();
      assertThat(ws.isEmpty()).isTrue();
      assertThat(versions(ws)).containsExactly("1 evidence: sources, observations, imports",
          "2 saved audits: documents, claims, audit_findings",
          "3 events: ACLED, UCDP GED and GDELT events and the log of their imports",
          "4 text corpus: corpus_documents with metadata and text, their segments, codings and memos",
          "5 fetches: the API answers behind fetched observations and events",
          "6 corpus documents record the countries they concern (ISO alpha-3 codes separated by ';'; empty: not"
              + " recorded)");
    }
  }

  @Test
  void versionOneWorkspaceIsUpgradedOnOpenAndKeepsItsEvidence() throws Exception {
    try (Workspace v1 = Workspace.open(dir, Migrations.all().subList(0, 1))) {
      assertThat(v1.schemaVersion()).isEqualTo(1);
      TestData.load(v1, TestData.OBSERVATIONS, TestData.SOURCES);
      assertThat(tables(v1)).doesNotContain("documents");
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.schemaVersion()).isEqualTo(6);
      assertThat(versions(ws)).hasSize(6);
      assertThat(tables(ws)).contains("documents", "claims", "audit_findings");
      assertThat(ws.observationCount()).isEqualTo(11);
      assertThat(ws.sources()).hasSize(3);
    }
  }

  @Test
  void versionOneWorkspaceCannotSaveAudits() {
    try (Workspace v1 = Workspace.open(dir, Migrations.all().subList(0, 1))) {
      assertThatThrownBy(() -> v1.savedFindings("PAK-AFG")).isInstanceOf(WorkspaceException.class)
          .hasMessage("workspace " + dir.toAbsolutePath().resolve("workspace.duckdb")
              + " is at schema version 1 and cannot read saved audits (needs 2)");
    }
  }

  @Test
  void workspaceNewerThanTheCodeIsRefused() throws Exception {
    try (Workspace ws = Workspace.open(dir); Connection c = ws.newConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (7, 'from the future', TIMESTAMP '2030-01-01 00:00:00')");
    }
    assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceException.class)
        .hasMessage("workspace " + dir.toAbsolutePath().resolve("workspace.duckdb")
            + " has schema version 7, newer than this Dyadscope understands (up to 6):"
            + " use a newer Dyadscope or another workspace folder");
  }

  @Test
  void migrationsAreNumberedUpwardsFromOne() {
    List<Integer> versions = Migrations.all().stream().map(Migration::version).toList();
    assertThat(versions).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(Migrations.latest()).isEqualTo(6);
  }

  @Test
  void migrationNamesItsVersionWhenItHasNoStatements() {
    assertThatThrownBy(() -> new Migration(3, "nothing", List.of()))
        .hasMessage("migration 3 has no statements");
  }

  private static List<String> versions(Workspace ws) {
    return query(ws, "SELECT version || ' ' || description FROM schema_version ORDER BY version");
  }

  private static List<String> tables(Workspace ws) {
    return query(ws, "SELECT table_name FROM information_schema.tables ORDER BY table_name");
  }

  private static List<String> query(Workspace ws, String sql) {
    List<String> out = new ArrayList<>();
    try (Connection c = ws.newConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
