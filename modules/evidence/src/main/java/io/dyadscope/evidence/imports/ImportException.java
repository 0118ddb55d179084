package io.dyadscope.evidence.imports;

import java.util.List;

/**
 * An import was refused and nothing was written. Carries every problem found (at most
 * {@value Problems#CAP}); the message lists them one a line after a summary line.
 */
public class ImportException extends Exception {

  private final List<ImportProblem> problems;
  private final boolean truncated;

  /**
   * @param problems  the problems, in file and line order
   * @param truncated true when more problems were found than listed
   */
  public ImportException(List<ImportProblem> problems, boolean truncated) {
    super(message(problems, truncated));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an import exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  /** True when there were more problems than {@link #problems()} lists. */
  public boolean truncated() {
    return truncated;
  }

  private static String message(List<ImportProblem> problems, boolean truncated) {
    StringBuilder b = new StringBuilder("nothing imported: ");
    if (truncated) {
      b.append("more than ").append(problems.size()).append(" problems, the first ").append(problems.size())
          .append(" listed");
    } else {
      b.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    }
    for (ImportProblem p : problems) {
      b.append('\n').append(p);
    }
    return b.toString();
  }
}
