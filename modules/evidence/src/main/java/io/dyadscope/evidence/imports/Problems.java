package io.dyadscope.evidence.imports;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import, keeping the first {@value #CAP}. */
public final class Problems {

  public static final int CAP = 100;

  private final List<ImportProblem> list = new ArrayList<>();
  private boolean truncated;
  private int total;

  public void add(String file, int line, String column, String message) {
    total++;
    if (list.size() < CAP) {
      list.add(new ImportProblem(file, line, column, message));
    } else {
      truncated = true;
    }
  }

  /** Every problem reported, kept or not: a change tells a caller its step found one. */
  public int total() {
    return total;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<ImportProblem> list() {
    return list;
  }

  public boolean truncated() {
    return truncated;
  }

  public ImportException toException() {
    return new ImportException(list, truncated);
  }
}
