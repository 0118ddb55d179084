package io.dyadscope.events;

import io.dyadscope.evidence.imports.ImportProblem;

/**
 * A row that cannot be read, located as {@code file:line[:column]: message}. Unchecked so that the
 * per-row parse functions can be called from stream code (and from a Spark map) unchanged.
 */
public final class BadRowException extends RuntimeException {

  private final transient ImportProblem problem;

  public BadRowException(String file, long line, String column, String message) {
    this(new ImportProblem(file, (int) Math.min(Integer.MAX_VALUE, Math.max(1, line)), column, message));
  }

  public BadRowException(ImportProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public ImportProblem problem() {
    return problem;
  }
}
