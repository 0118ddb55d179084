package io.dyadscope.app.statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds files of the shared real data ({@code shared/data} beside or above the working
 * directory). A test of a missing file is skipped, except under {@code CI=true} or
 * {@code -Ddyadscope.requireShared=true}, where it fails.
 */
public final class SharedData {

  private SharedData() {}

  /** The file at {@code relative} under {@code shared/data}, or a skip (a failure on CI). */
  public static Path require(String relative) {
    Path found = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && found == null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        found = candidate;
      }
    }
    boolean required = "true".equals(System.getenv("CI")) || Boolean.getBoolean("dyadscope.requireShared");
    if (found == null && required) {
      throw new AssertionError("shared data file missing: shared/data/" + relative);
    }
    Assumptions.assumeTrue(found != null, "shared data absent: shared/data/" + relative);
    return found;
  }
}
