package io.dyadscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ordered schema of a workspace, kept as SQL files listed in
 * {@code io/dyadscope/store/migrations/migrations.txt}: version 1 holds the evidence (sources,
 * observations and the log of imports); version 2 adds saved audits (documents, their claims and
 * the audit's findings); later capabilities add their own files. The table {@code schema_version} records each applied step, so opening an older
 * workspace applies only the steps it lacks.
 */
public final class Migrations {

  private static final String FOLDER = "migrations/";

  private static final List<Migration> ALL = load();

  static {
    // Versions rise but may have gaps: capabilities built in parallel reserve their numbers.
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).version() <= (i == 0 ? 0 : ALL.get(i - 1).version())) {
        throw new ExceptionInInitializerError("migrations out of order at " + ALL.get(i).version());
      }
    }
  }

  private Migrations() {}

  /**
   * Reads the steps listed in {@code migrations/migrations.txt}: each a SQL file {@code NNN-name.sql}
   * whose first line is {@code -- description} and whose statements end with a semicolon at the end
   * of a line. A missing or malformed file is a broken build and fails loudly.
   */
  static List<Migration> load() {
    List<Migration> out = new ArrayList<>();
    for (String line : resource("migrations.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (!name.matches("\\d{3}-[a-z0-9-]+\\.sql")) {
        throw new IllegalStateException("migrations.txt: not a NNN-name.sql file name: '" + name + "'");
      }
      String sql = resource(name);
      if (!sql.startsWith("-- ")) {
        throw new IllegalStateException("migration " + name + " must start with '-- description'");
      }
      String description = sql.substring(3, sql.indexOf('\n')).strip();
      List<String> statements = new ArrayList<>();
      for (String statement : sql.substring(sql.indexOf('\n') + 1).split(";\\s*\\n")) {
        if (!statement.isBlank()) {
          statements.add(statement.strip());
        }
      }
      out.add(new Migration(Integer.parseInt(name.substring(0, 3)), description, statements));
    }
    return List.copyOf(out);
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("migration file " + FOLDER + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
   * The schema version of a database opened read-only, which must be the last of
   * {@code migrations}.
   *
   * @throws OutdatedSchemaException when it is older (a writer must upgrade it)
   * @throws WorkspaceException when it is newer
   */
  static int check(Connection c, Path file, List<Migration> migrations) throws SQLException {
    int known = migrations.get(migrations.size() - 1).version();
    int current;
    try {
      current = currentVersion(c);
    } catch (SQLException e) {
      throw new OutdatedSchemaException("workspace " + file + " has no schema yet");
    }
    if (current > known) {
      throw newer(file, current, known);
    }
    if (current < known) {
      throw new OutdatedSchemaException("workspace " + file + " is at schema version " + current + " of " + known);
    }
    return current;
  }

  private static WorkspaceException newer(Path file, int current, int known) {
    return new WorkspaceException("workspace " + file + " has schema version " + current
        + ", newer than this Dyadscope understands (up to " + known
        + "): use a newer Dyadscope or another workspace folder");
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
      throw newer(file, current, known);
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
