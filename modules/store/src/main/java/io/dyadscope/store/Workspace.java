package io.dyadscope.store;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.dyadscope.importers.MergeResult;
import io.dyadscope.importers.ObservationSink;
import io.dyadscope.importers.Replacement;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A folder holding the evidence a user works with: the DuckDB database {@value #DATABASE_FILE}
 * with sources, observations, the log of imports and saved audits.
 *
 * <p>{@link #open} creates the folder and database on first use and brings an older database up to
 * the current schema ({@link Migrations}); a database written by a newer Dyadscope is refused.
 *
 * <p>Threads: a DuckDB connection must not be shared between threads, so the methods of this class
 * use the connection of the thread that opened the workspace and are synchronized. Work on other
 * threads takes its own connection from {@link #newConnection()}. Bulk writes go through the DuckDB
 * appender into a staging table and are merged with set-based SQL in one transaction.
 */
public final class Workspace implements AutoCloseable, ObservationSink {

  /** Name of the database file inside the workspace folder. */
  public static final String DATABASE_FILE = "workspace.duckdb";

  private static final String OBSERVATION_COLUMNS =
      "indicator, dyad, subject, period, value, unit, status, source, reported_by, location, note";

  private final Path directory;
  private final Path databaseFile;
  private final DuckDBConnection connection;
  private final int schemaVersion;
  private boolean closed;

  private Workspace(Path directory, Path databaseFile, DuckDBConnection connection, int schemaVersion) {
    this.directory = directory;
    this.databaseFile = databaseFile;
    this.connection = connection;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Opens the workspace in {@code dir}, creating the folder and database when absent and upgrading
   * an older schema.
   *
   * @throws WorkspaceException when the folder cannot be created, the database cannot be opened
   *     (e.g. another process holds it) or it was written by a newer Dyadscope
   */
  public static Workspace open(Path dir) {
    return open(dir, Migrations.all());
  }

  /** Opens with {@code migrations} in place of the current list: tests use it to build old workspaces. */
  static Workspace open(Path dir, List<Migration> migrations) {
    Path folder = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new WorkspaceException("cannot create workspace folder " + folder + ": " + e.getMessage(), e);
    }
    Path file = folder.resolve(DATABASE_FILE);
    DuckDBConnection c;
    try {
      c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
    } catch (SQLException e) {
      throw new WorkspaceException("cannot open workspace " + file + ": " + e.getMessage(), e);
    }
    try {
      int version = Migrations.upgrade(c, file, migrations);
      return new Workspace(folder, file, c, version);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c, e);
      if (e instanceof WorkspaceException we) {
        throw we;
      }
      throw new WorkspaceException("cannot upgrade workspace " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection c, Exception pending) {
    try {
      c.close();
    } catch (SQLException e) {
      pending.addSuppressed(e);
    }
  }

  /** The workspace folder, absolute. */
  public Path directory() {
    return directory;
  }

  /** The DuckDB database file, absolute. */
  public Path databaseFile() {
    return databaseFile;
  }

  /**
   * A new connection to this workspace's database for use on another thread; the caller closes
   * it. It starts in auto-commit mode.
   */
  public synchronized Connection newConnection() {
    checkOpen();
    try {
      Connection c = connection.duplicate();
      c.setAutoCommit(true);
      return c;
    } catch (SQLException e) {
      throw failure("open a connection", e);
    }
  }

  /** The schema version of the database (after any upgrade on open). */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Every source, keyed and ordered by id. */
  public synchronized Map<String, Source> sources() {
    checkOpen();
    Map<String, Source> all = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT id, citation, publisher, kind, grade, year, url FROM sources ORDER BY id")) {
      while (r.next()) {
        Source src = new Source(r.getString(1), r.getString(2), r.getString(3), SourceKind.parse(r.getString(4)),
            Grade.parse(r.getString(5)), r.getInt(6), r.getString(7));
        all.put(src.id(), src);
      }
    } catch (SQLException e) {
      throw failure("read sources", e);
    }
    return all;
  }

  @Override
  public Set<String> sourceIds() {
    return sources().keySet();
  }

  /**
   * The observations matching {@code q}, ordered by indicator, subject, period, status (observed,
   * reported, projection), source and location, then dyad and reporting source.
   */
  public synchronized List<Observation> observations(ObservationQuery q) {
    checkOpen();
    StringBuilder sql = new StringBuilder("SELECT " + OBSERVATION_COLUMNS + " FROM observations WHERE true");
    List<Object> args = new ArrayList<>();
    if (q.dyad() != null) {
      sql.append(" AND dyad = ?");
      args.add(q.dyad());
    }
    if (q.indicator() != null) {
      sql.append(q.indicatorIsPrefix() ? " AND starts_with(indicator, ?)" : " AND indicator = ?");
      args.add(q.indicator());
    }
    if (q.subject() != null) {
      sql.append(" AND subject = ?");
      args.add(q.subject());
    }
    if (q.status() != null) {
      sql.append(" AND status = ?");
      args.add(q.status().word());
    }
    if (q.source() != null) {
      sql.append(" AND source = ?");
      args.add(q.source());
    }
    if (q.from() != null) {
      sql.append(" AND (CASE WHEN period_annual THEN period_ordinal * 12 ELSE period_ordinal END) >= ?");
      args.add(ObservationQuery.firstMonth(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND (CASE WHEN period_annual THEN period_ordinal * 12 + 11 ELSE period_ordinal END) <= ?");
      args.add(ObservationQuery.lastMonth(q.to()));
    }
    // Periods are YYYY or YYYY-MM, so text order is time order with a year before its months.
    sql.append(" ORDER BY indicator, subject, period,"
        + " CASE status WHEN 'observed' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,"
        + " source, location, dyad, reported_by");
    List<Observation> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Observation(r.getString(1), r.getString(2), r.getString(3), Period.parse(r.getString(4)),
              r.getDouble(5), r.getString(6), Status.parse(r.getString(7)), r.getString(8), r.getString(9),
              r.getString(10), r.getString(11)));
        }
      }
    } catch (SQLException e) {
      throw failure("read observations", e);
    }
    return out;
  }

  /** Number of observations of all dyads. */
  public synchronized long observationCount() {
    return count("SELECT count(*) FROM observations");
  }

  /** The dyads that have observations, in alphabetical order. */
  public synchronized List<String> dyads() {
    checkOpen();
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT dyad FROM observations ORDER BY dyad")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw failure("read dyads", e);
    }
    return out;
  }

  /** True when the workspace holds neither observations nor sources. */
  public synchronized boolean isEmpty() {
    return count("SELECT (SELECT count(*) FROM observations) + (SELECT count(*) FROM sources)") == 0;
  }

  /** The import log, oldest first. */
  public synchronized List<ImportRecord> imports() {
    checkOpen();
    List<ImportRecord> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT id, file_name, sha256, CAST(imported_at AS VARCHAR), added,"
            + " replaced, unchanged FROM imports ORDER BY id")) {
      while (r.next()) {
        out.add(new ImportRecord(r.getLong(1), r.getString(2), r.getString(3), Timestamps.parseUtc(r.getString(4)),
            r.getInt(5), r.getInt(6), r.getInt(7)));
      }
    } catch (SQLException e) {
      throw failure("read the import log", e);
    }
    return out;
  }

  /**
   * Adds and replaces sources and observations in one transaction and logs the import. An
   * observation whose id is present is replaced when its value, unit or note differ, else counted
   * unchanged; a source is replaced when any field differs. Nothing is written when anything fails.
   *
   * @param fileName     name of the observations file, for the import log
   * @param sha256       hash of that file's text, for the import log
   * @param sources      sources to add or replace (ids distinct)
   * @param observations observations to add or replace (ids distinct)
   * @throws IllegalArgumentException when two sources or two observations share an id
   */
  @Override
  public synchronized MergeResult merge(String fileName, String sha256, Collection<Source> sources,
      List<Observation> observations) {
    checkOpen();
    // Ids are hashes: computed once here and passed on.
    Map<String, Observation> byId = new LinkedHashMap<>();
    for (Observation o : observations) {
      if (byId.put(o.id(), o) != null) {
        throw new IllegalArgumentException("two observations with id " + o.id() + ": " + o.key());
      }
    }
    if (sources.stream().map(Source::id).distinct().count() != sources.size()) {
      throw new IllegalArgumentException("two sources share an id");
    }
    try (Connection c = connection.duplicate()) {
      c.setAutoCommit(false);
      try {
        MergeResult result = merge(c, fileName, sha256, sources, byId);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("import " + fileName, e);
    }
  }

  private MergeResult merge(Connection c, String fileName, String sha256, Collection<Source> sources,
      Map<String, Observation> byId) throws SQLException {
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE stage_sources (id VARCHAR, citation VARCHAR, publisher VARCHAR,"
          + " kind VARCHAR, grade VARCHAR, year INTEGER, url VARCHAR)");
      s.execute("CREATE OR REPLACE TEMP TABLE stage_observations (ord INTEGER, id VARCHAR, indicator VARCHAR,"
          + " dyad VARCHAR, subject VARCHAR, period VARCHAR, period_ordinal INTEGER, period_annual BOOLEAN,"
          + " value DOUBLE, unit VARCHAR, status VARCHAR, source VARCHAR, reported_by VARCHAR, location VARCHAR,"
          + " note VARCHAR)");
    }
    try (DuckDBAppender a = duck.createAppender("temp", "main", "stage_sources")) {
      for (Source src : sources) {
        a.beginRow().append(src.id()).append(src.citation()).append(src.publisher()).append(src.kind().label())
            .append(src.grade().name());
        if (src.year() == 0) {
          a.appendNull();
        } else {
          a.append(src.year());
        }
        a.append(src.url()).endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender("temp", "main", "stage_observations")) {
      int ord = 0;
      for (Map.Entry<String, Observation> e : byId.entrySet()) {
        Observation o = e.getValue();
        a.beginRow().append(ord++).append(e.getKey()).append(o.indicator()).append(o.dyad()).append(o.subject())
            .append(o.period().toString()).append(o.period().ordinal()).append(o.period().isAnnual())
            .append(o.value()).append(o.unit()).append(o.status().word()).append(o.source())
            .append(o.reportedBy()).append(o.location()).append(o.note()).endRow();
      }
    }
    String sourceDiffers = "(x.citation IS DISTINCT FROM s.citation OR x.publisher IS DISTINCT FROM s.publisher"
        + " OR x.kind IS DISTINCT FROM s.kind OR x.grade IS DISTINCT FROM s.grade"
        + " OR x.year IS DISTINCT FROM s.year OR x.url IS DISTINCT FROM s.url)";
    int sourcesAdded = (int) count(c,
        "SELECT count(*) FROM stage_sources s WHERE NOT EXISTS (SELECT 1 FROM sources x WHERE x.id = s.id)");
    int sourcesReplaced = (int) count(c,
        "SELECT count(*) FROM stage_sources s JOIN sources x ON x.id = s.id WHERE " + sourceDiffers);

    String observationDiffers = "(x.value IS DISTINCT FROM s.value OR x.unit IS DISTINCT FROM s.unit"
        + " OR x.note IS DISTINCT FROM s.note)";
    List<Replacement> replacements = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT s.id, x.value, s.value, x.unit, s.unit, x.note, s.note"
            + " FROM stage_observations s JOIN observations x ON x.id = s.id WHERE " + observationDiffers
            + " ORDER BY s.ord")) {
      while (r.next()) {
        replacements.add(new Replacement(r.getString(1), byId.get(r.getString(1)).key(), r.getDouble(2),
            r.getDouble(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
      }
    }
    int added = (int) count(c, "SELECT count(*) FROM stage_observations s"
        + " WHERE NOT EXISTS (SELECT 1 FROM observations x WHERE x.id = s.id)");
    int unchanged = byId.size() - added - replacements.size();
    long importId = count(c, "SELECT coalesce(max(id), 0) + 1 FROM imports");

    try (Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE sources x SET citation = s.citation, publisher = s.publisher, kind = s.kind,"
          + " grade = s.grade, year = s.year, url = s.url FROM stage_sources s WHERE x.id = s.id AND "
          + sourceDiffers);
      st.executeUpdate("INSERT INTO sources SELECT id, citation, publisher, kind, grade, year, url"
          + " FROM stage_sources s WHERE NOT EXISTS (SELECT 1 FROM sources x WHERE x.id = s.id)");
      st.executeUpdate("UPDATE observations x SET value = s.value, unit = s.unit, note = s.note, import_id = "
          + importId + " FROM stage_observations s WHERE x.id = s.id AND " + observationDiffers);
      st.executeUpdate("INSERT INTO observations SELECT id, indicator, dyad, subject, period, period_ordinal,"
          + " period_annual, value, unit, status, source, reported_by, location, note, " + importId
          + " FROM stage_observations s WHERE NOT EXISTS (SELECT 1 FROM observations x WHERE x.id = s.id)");
      st.execute("DROP TABLE stage_sources");
      st.execute("DROP TABLE stage_observations");
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO imports VALUES (?, ?, ?, CAST(? AS TIMESTAMP), ?, ?, ?)")) {
      p.setLong(1, importId);
      p.setString(2, fileName);
      p.setString(3, sha256);
      p.setString(4, Timestamps.nowUtc());
      p.setInt(5, added);
      p.setInt(6, replacements.size());
      p.setInt(7, unchanged);
      p.executeUpdate();
    }
    return new MergeResult(importId, added, replacements.size(), unchanged, sourcesAdded, sourcesReplaced,
        replacements);
  }

  /**
   * Keeps an audited document, its claims and findings. A document with the same SHA-256 saved
   * before is replaced whole, in the same transaction.
   */
  public synchronized void saveAudit(SavedAudit a) {
    checkOpen();
    requireVersion(2, "save audits");
    String docId = a.documentId();
    try (Connection c = connection.duplicate()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement p = c.prepareStatement(
            "DELETE FROM claims WHERE document_id IN (SELECT id FROM documents WHERE sha256 = ?)")) {
          p.setString(1, a.sha256());
          p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
            "DELETE FROM audit_findings WHERE document_id IN (SELECT id FROM documents WHERE sha256 = ?)")) {
          p.setString(1, a.sha256());
          p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM documents WHERE sha256 = ?")) {
          p.setString(1, a.sha256());
          p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO documents VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP), ?)")) {
          p.setString(1, docId);
          p.setString(2, a.path());
          p.setString(3, a.sha256());
          p.setString(4, a.dyad());
          p.setString(5, Timestamps.nowUtc());
          p.setString(6, a.text());
          p.executeUpdate();
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        // Claims and findings only ever get inserted, so they are appended straight into their tables.
        try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claims")) {
          for (SavedClaim cl : a.claims()) {
            ap.beginRow().append(docId).append(cl.line()).append(cl.excerpt()).append(cl.indicator())
                .append(cl.subject()).append(cl.period()).append(cl.value()).append(cl.unit()).append(cl.status())
                .endRow();
          }
        }
        try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "audit_findings")) {
          for (SavedFinding f : a.findings()) {
            ap.beginRow().append(docId).append(f.check()).append(f.severity()).append(f.line()).append(f.excerpt())
                .append(f.message()).endRow();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("save the audit of " + a.path(), e);
    }
  }

  /**
   * The findings saved for documents audited against {@code dyad}, ordered by document path, line
   * and check.
   */
  public synchronized List<SavedDocumentFinding> savedFindings(String dyad) {
    checkOpen();
    requireVersion(2, "read saved audits");
    String id = Dyad.parse(dyad).id();
    List<SavedDocumentFinding> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT d.path, f.check_id, f.severity, f.line, f.excerpt, f.message FROM audit_findings f"
            + " JOIN documents d ON d.id = f.document_id WHERE d.dyad = ?"
            + " ORDER BY d.path, f.line, f.check_id, f.message")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new SavedDocumentFinding(r.getString(1),
              new SavedFinding(r.getString(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6))));
        }
      }
    } catch (SQLException e) {
      throw failure("read saved findings", e);
    }
    return out;
  }

  /** Number of saved documents: how many distinct contents were audited and saved. */
  public synchronized long savedDocumentCount() {
    requireVersion(2, "read saved audits");
    return count("SELECT count(*) FROM documents");
  }

  /** Closes the workspace's connection; connections from {@link #newConnection()} stay open. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private long count(String sql) {
    checkOpen();
    try {
      return count(connection, sql);
    } catch (SQLException e) {
      throw failure("count", e);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private void requireVersion(int version, String what) {
    if (schemaVersion < version) {
      throw new WorkspaceException("workspace " + databaseFile + " is at schema version " + schemaVersion
          + " and cannot " + what + " (needs " + version + ")");
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new WorkspaceException("workspace " + databaseFile + " is closed");
    }
  }

  private WorkspaceException failure(String what, SQLException e) {
    return new WorkspaceException("cannot " + what + " in workspace " + databaseFile + ": " + e.getMessage(), e);
  }
}
