package io.dyadscope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * The workspace's DuckDB database as the stores use it: one connection per thread, duplicated
 * from the connection that opened the file (a DuckDB connection must not be shared between
 * threads), and transactions on a connection of their own.
 */
public final class Database {

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** What one row of a result becomes. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private final Path file;
  private final DuckDBConnection root;
  private final boolean readOnly;
  private final ThreadLocal<Connection> perThread = new ThreadLocal<>();
  private final List<Connection> handedOut = new ArrayList<>();
  private volatile boolean closed;

  Database(Path file, DuckDBConnection root, boolean readOnly) {
    this.file = file;
    this.root = root;
    this.readOnly = readOnly;
  }

  /** The database file, absolute. */
  public Path file() {
    return file;
  }

  /** True when opened read-only: writing fails. */
  public boolean isReadOnly() {
    return readOnly;
  }

  /** This thread's connection, in auto-commit mode; closed with the workspace. */
  public Connection connection() {
    checkOpen();
    Connection c = perThread.get();
    if (c == null) {
      c = duplicate();
      perThread.set(c);
      synchronized (handedOut) {
        handedOut.add(c);
      }
    }
    return c;
  }

  /** A new connection the caller closes, in auto-commit mode. */
  public Connection duplicate() {
    checkOpen();
    try {
      Connection c;
      synchronized (root) {
        c = root.duplicate();
      }
      c.setAutoCommit(true);
      return c;
    } catch (SQLException e) {
      throw failure("open a connection", e);
    }
  }

  /** Runs {@code work} in one transaction on a connection of its own: all of it is written, or none. */
  public <T> T inTransaction(String what, Work<T> work) {
    if (readOnly) {
      throw new WorkspaceException("cannot " + what + ": workspace " + file + " is open read-only");
    }
    try (Connection c = duplicate()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Every row {@code sql} selects, with {@code args} bound to its parameters in order, each read by
   * {@code row}, on this thread's connection; a failure is an exception naming {@code what}.
   */
  public <T> List<T> list(String what, String sql, List<?> args, Row<T> row) {
    List<T> out = new ArrayList<>();
    try (PreparedStatement p = connection().prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(row.read(r));
        }
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
    return out;
  }

  /** The single number {@code sql} selects, on this thread's connection. */
  public long count(String sql) {
    try {
      return count(connection(), sql);
    } catch (SQLException e) {
      throw failure("count", e);
    }
  }

  /** The single number {@code sql} selects. */
  public static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** An exception naming the workspace and what failed. */
  public WorkspaceException failure(String what, SQLException e) {
    return new WorkspaceException("cannot " + what + " in workspace " + file + ": " + e.getMessage(), e);
  }

  void close() throws SQLException {
    closed = true;
    SQLException first = null;
    synchronized (handedOut) {
      for (Connection c : handedOut) {
        try {
          c.close();
        } catch (SQLException e) {
          first = first == null ? e : first;
        }
      }
      handedOut.clear();
    }
    root.close();
    if (first != null) {
      throw first;
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new WorkspaceException("workspace " + file + " is closed");
    }
  }
}
