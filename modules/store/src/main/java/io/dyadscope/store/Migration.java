package io.dyadscope.store;

import java.util.List;

/**
 * One step of the workspace schema: applied once, in its own transaction, to every workspace
 * whose schema version is below {@code version}.
 *
 * @param version     schema version the step leads to, from 1 up without gaps
 * @param description what the step adds, recorded in {@code schema_version}
 * @param statements  SQL statements run in order
 */
public record Migration(int version, String description, List<String> statements) {

  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration version must be at least 1: " + version);
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("migration " + version + " has no description");
    }
    statements = List.copyOf(statements);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("migration " + version + " has no statements");
    }
  }
}
