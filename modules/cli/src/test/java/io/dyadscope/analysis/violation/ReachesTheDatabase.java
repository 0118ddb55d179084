package io.dyadscope.analysis.violation;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A deliberate violation for {@code ArchitectureTest}: a class in a pure module that opens a
 * database. It lives in test sources, which the architecture check of the main code leaves out.
 */
public final class ReachesTheDatabase {

  private ReachesTheDatabase() {}

  public static int open() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:").getTransactionIsolation();
  }
}
