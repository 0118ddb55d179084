package io.dyadscope.evidence;

import java.util.List;

/** A catalogue file was refused; every problem is a line {@code FILE:LINE:COLUMN: message}. */
public final class CatalogueException extends IllegalArgumentException {

  private final List<String> problems;

  public CatalogueException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems in the indicator catalogue:\n" + String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
