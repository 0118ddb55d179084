package io.dyadscope.store;

import io.dyadscope.evidence.DocumentFinding;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.imports.MergeResult;
import io.dyadscope.evidence.imports.ObservationSink;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A folder holding the evidence a user works with: the DuckDB database {@value #DATABASE_FILE}
 * with sources, observations, the log of imports and saved audits, each kept by a store of its
 * own ({@link #sourceStore()}, {@link #observationStore()}, {@link #importLog()},
 * {@link #auditStore()}); later capabilities add theirs over the same {@link #database()}.
 *
 * <p>{@link #open} creates the folder and database on first use and brings an older database up to
 * the current schema; {@link #openReadOnly} lets any number of processes read at once; a writer holds
 * the file alone. How (locking, migrating, refusing a newer database) is {@link WorkspaceOpening}'s.
 *
 * <p>Threads: every thread gets its own DuckDB connection ({@link Database#connection()}), so one
 * open workspace serves concurrent readers (a web server's request threads, say).
 */
public final class Workspace implements AutoCloseable, ObservationSink {

  /** Name of the database file inside the workspace folder. */
  public static final String DATABASE_FILE = "workspace.duckdb";

  private final Path directory;
  private final Database db;
  private final int schemaVersion;
  private final SourceStore sources;
  private final ObservationStore observations;
  private final ObservationMerge merge;
  private final ImportLog imports;
  private final AuditStore audits;
  private boolean closed;

  Workspace(Path directory, Database db, int schemaVersion) {
    this.directory = directory;
    this.db = db;
    this.schemaVersion = schemaVersion;
    this.sources = new SqlSourceStore(db);
    this.observations = new SqlObservationStore(db);
    this.merge = new ObservationMerge(db);
    this.imports = new SqlImportLog(db);
    this.audits = new SqlAuditStore(db);
  }

  /**
   * Opens the workspace in {@code dir} for reading and writing, creating the folder and database
   * when absent and upgrading an older schema; fails at once when another process holds it.
   *
   * @throws WorkspaceException when the folder cannot be created, the database cannot be opened
   *     or it was written by a newer Dyadscope
   */
  public static Workspace open(Path dir) {
    return open(dir, Access.writer());
  }

  /**
   * Opens the workspace in {@code dir} for reading only. A missing or older database is first
   * created or upgraded by a short writing open.
   */
  public static Workspace openReadOnly(Path dir) {
    return open(dir, Access.reader());
  }

  /** Opens the workspace as {@code access} says: read-only or not, and how long to wait for a busy file. */
  public static Workspace open(Path dir, Access access) {
    return WorkspaceOpening.open(dir, access);
  }

  /** Opens with {@code migrations} in place of the current list: tests use it to build old workspaces. */
  static Workspace open(Path dir, List<Migration> migrations) {
    return WorkspaceOpening.open(dir, migrations, Access.writer());
  }

  /** The workspace folder, absolute. */
  public Path directory() {
    return directory;
  }

  /** The DuckDB database file, absolute. */
  public Path databaseFile() {
    return db.file();
  }

  /** The database, for stores that later capabilities add. */
  public Database database() {
    return db;
  }

  /** True when opened read-only. */
  public boolean isReadOnly() {
    return db.isReadOnly();
  }

  /** A new connection for work of the caller's own, which the caller closes; auto-commit mode. */
  public Connection newConnection() {
    return db.duplicate();
  }

  /** The schema version of the database (after any upgrade on open). */
  public int schemaVersion() {
    return schemaVersion;
  }

  public SourceStore sourceStore() {
    return sources;
  }

  public ObservationStore observationStore() {
    return observations;
  }

  public ImportLog importLog() {
    return imports;
  }

  public AuditStore auditStore() {
    requireVersion(2, "read saved audits");
    return audits;
  }

  /** Every source, keyed and ordered by id. */
  public Map<String, Source> sources() {
    return sources.all();
  }

  @Override
  public Set<String> sourceIds() {
    return sources.all().keySet();
  }

  /** The observations matching {@code q}: {@link ObservationStore#find}. */
  public List<Observation> observations(ObservationQuery q) {
    return observations.find(q);
  }

  /** Number of observations of all dyads. */
  public long observationCount() {
    return observations.count();
  }

  /** The dyads that have observations, in alphabetical order. */
  public List<String> dyads() {
    return observations.dyads();
  }

  /** True when the workspace holds neither observations nor sources. */
  public boolean isEmpty() {
    return db.count("SELECT (SELECT count(*) FROM observations) + (SELECT count(*) FROM sources)") == 0;
  }

  /** The import log, oldest first. */
  public List<ImportRecord> imports() {
    return imports.all();
  }

  /**
   * Adds and replaces sources and observations in one transaction and logs the import; nothing is
   * written when anything fails.
   *
   * @throws IllegalArgumentException when two sources or two observations share an id
   */
  @Override
  public MergeResult merge(String fileName, String sha256, Collection<Source> sources,
      List<Observation> observations) {
    return merge.merge(fileName, sha256, sources, observations);
  }

  /** Keeps an audit: {@link AuditStore#save}. */
  public void saveAudit(SavedAudit a) {
    auditStore().save(a);
  }

  /** The findings saved for documents audited against {@code dyad}: {@link AuditStore#findings}. */
  public List<DocumentFinding> savedFindings(String dyad) {
    return auditStore().findings(dyad);
  }

  /** Number of saved documents. */
  public long savedDocumentCount() {
    return auditStore().documentCount();
  }

  /** Closes the workspace's connections; connections from {@link #newConnection()} stay open. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      db.close();
    } catch (SQLException e) {
      throw db.failure("close", e);
    }
  }

  private void requireVersion(int version, String what) {
    if (schemaVersion < version) {
      throw new WorkspaceException("workspace " + db.file() + " is at schema version " + schemaVersion
          + " and cannot " + what + " (needs " + version + ")");
    }
  }
}
