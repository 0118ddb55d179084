package io.dyadscope.audit.check;

/**
 * A check with its id given once, at construction: every check names one of {@link Checks}' ids,
 * and its findings and verified entries carry it.
 */
abstract class AbstractCheck implements Check {

  private final String id;

  AbstractCheck(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }
}
