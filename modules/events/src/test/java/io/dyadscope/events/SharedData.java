package io.dyadscope.events;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real third-party files in {@code ../shared/data}: found by walking up from the working
 * directory. Tests skip without them, unless {@code CI=true} or {@code -Ddyadscope.requireShared=true},
 * where their absence fails.
 */
public final class SharedData {

  private SharedData() {}

  public static Path require(String relative) {
    Path found = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && found == null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        found = candidate;
      }
      Path sibling = dir.resolve("../shared/data").resolve(relative).normalize();
      if (found == null && Files.isRegularFile(sibling)) {
        found = sibling;
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
