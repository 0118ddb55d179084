package io.dyadscope.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ordered schema of a workspace. Version 1 holds the evidence (sources, observations and the
 * log of imports); version 2 adds saved audits (documents, their claims and the audit's
 * findings). The table {@code schema_version} records each applied step, so opening an older
 * workspace applies only the steps it lacks.
 */
public final class Migrations {

  private static final List<Migration> ALL = List.of(
      new Migration(1, "evidence: sources, observations, imports", List.of(
          """
          CREATE TABLE sources (
            id VARCHAR PRIMARY KEY,
            citation VARCHAR NOT NULL,
            publisher VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            grade VARCHAR NOT NULL,
            year INTEGER,
            url VARCHAR NOT NULL)""",
          """
          CREATE TABLE observations (
            id VARCHAR PRIMARY KEY,
            indicator VARCHAR NOT NULL,
            dyad VARCHAR NOT NULL,
            subject VARCHAR NOT NULL,
            period VARCHAR NOT NULL,
            period_ordinal INTEGER NOT NULL,
            period_annual BOOLEAN NOT NULL,
            value DOUBLE NOT NULL,
            unit VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            reported_by VARCHAR NOT NULL,
            location VARCHAR NOT NULL,
            note VARCHAR NOT NULL,
            import_id INTEGER)""",
          """
          CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_name VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            imported_at TIMESTAMP NOT NULL,
            added INTEGER NOT NULL,
            replaced INTEGER NOT NULL,
            unchanged INTEGER NOT NULL)""")),
      new Migration(2, "saved audits: documents, claims, audit_findings", List.of(
          """
          CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            path VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL UNIQUE,
            dyad VARCHAR NOT NULL,
            saved_at TIMESTAMP NOT NULL,
            text VARCHAR NOT NULL)""",
          """
          CREATE TABLE claims (
            document_id VARCHAR NOT NULL,
            line INTEGER NOT NULL,
            excerpt VARCHAR NOT NULL,
            indicator VARCHAR NOT NULL,
            subject VARCHAR NOT NULL,
            period VARCHAR NOT NULL,
            value DOUBLE NOT NULL,
            unit VARCHAR NOT NULL,
            status VARCHAR NOT NULL)""",
          """
          CREATE TABLE audit_findings (
            document_id VARCHAR NOT NULL,
            check_id VARCHAR NOT NULL,
            severity VARCHAR NOT NULL,
            line INTEGER NOT NULL,
            excerpt VARCHAR NOT NULL,
            message VARCHAR NOT NULL)""")));

  static {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).version() != i + 1) {
        throw new ExceptionInInitializerError("migrations out of order at " + ALL.get(i).version());
      }
    }
  }

  private Migrations() {}

  /** Every migration, in order. */
  public static List<Migration> all() {
    return ALL;
  }

  /** The schema version this code writes. */
  public static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /** The highest version recorded in {@code schema_version}, 0 for a new database. */
  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /**
   * Brings the database up to the last of {@code migrations}, each step in its own transaction.
   *
   * @return the schema version afterwards
   * @throws WorkspaceException when the database is newer than the last migration
   */
  static int upgrade(Connection c, Path file, List<Migration> migrations) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = currentVersion(c);
    int known = migrations.get(migrations.size() - 1).version();
    if (current > known) {
      throw new WorkspaceException("workspace " + file + " has schema version " + current
          + ", newer than this Dyadscope understands (up to " + known
          + "): use a newer Dyadscope or another workspace folder");
    }
    c.setAutoCommit(false);
    try {
      for (Migration m : migrations) {
        if (m.version() <= current) {
          continue;
        }
        try (Statement s = c.createStatement()) {
          for (String sql : m.statements()) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_version VALUES (?, ?, CAST(? AS TIMESTAMP))")) {
          p.setInt(1, m.version());
          p.setString(2, m.description());
          p.setString(3, Timestamps.nowUtc());
          p.executeUpdate();
        }
        c.commit();
        current = m.version();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return current;
  }
}
