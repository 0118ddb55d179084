package io.dyadscope.store;

/**
 * A saved finding with the path of the document it belongs to.
 *
 * @param path    the document's path as saved
 * @param finding the finding
 */
public record SavedDocumentFinding(String path, SavedFinding finding) {

  public SavedDocumentFinding {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("document path is empty");
    }
    java.util.Objects.requireNonNull(finding, "finding");
  }
}
