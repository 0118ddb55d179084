package io.dyadscope.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * Opens the DuckDB file, waiting while another process holds its lock. DuckDB lets one process
 * write a file, or any number read it; a second process gets "Could not set lock on file". This
 * retries until {@link Access#patience()} runs out, then fails naming the process that holds it.
 */
final class Locking {

  private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.*?)(?:\\.|$| See also)");
  private static final long RETRY_MILLIS = 100;

  private Locking() {}

  static Database connect(Path file, Access access) {
    long deadline = System.nanoTime() + access.patience().toNanos();
    boolean told = false;
    while (true) {
      try {
        Properties props = new Properties();
        if (access.readOnly()) {
          props.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        }
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, props);
        return new Database(file, c, access.readOnly());
      } catch (SQLException e) {
        if (!isLockConflict(e)) {
          throw new WorkspaceException("cannot open workspace " + file + ": " + e.getMessage(), e);
        }
        if (System.nanoTime() >= deadline) {
          throw new WorkspaceBusyException("workspace " + file.getParent() + " is busy: " + holder(e)
              + (access.patience().isZero() ? "" : "; gave up after " + access.patience().toSeconds() + " s")
              + ". Wait for that command to finish, or use another --workspace.", e);
        }
        if (!told) {
          access.waiting().accept("workspace " + file.getParent() + " is busy (" + holder(e) + "); waiting up to "
              + access.patience().toSeconds() + " s...");
          told = true;
        }
        sleep();
      }
    }
  }

  static boolean isLockConflict(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Could not set lock") || m.contains("Conflicting lock");
  }

  /** "held by /usr/bin/java (PID 1234)" from DuckDB's message, or a plainer phrase. */
  static String holder(SQLException e) {
    Matcher m = HOLDER.matcher(String.valueOf(e.getMessage()));
    return m.find() ? "held by " + m.group(1).strip() : "held by another process";
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new WorkspaceException("interrupted while waiting for the workspace", ie);
    }
  }
}
