package io.dyadscope.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * A kept expected file and the one explicit way to change it. The test reading a golden file never
 * writes it on its own: a missing file fails (else deleting it would make the test pass), and only
 * {@link #UPDATE_COMMAND} rewrites it.
 */
final class GoldenFile {

  /** The command that rewrites the golden files on purpose (run from the repository root). */
  static final String UPDATE_COMMAND = "mvn -o -B test -pl modules/app -am -Dtest=GoldenDossierTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Ddyadscope.updateGolden=true";

  private GoldenFile() {}

  /** True when this run was asked to rewrite golden files ({@code -Ddyadscope.updateGolden=true}). */
  static boolean updateRequested() {
    return Boolean.getBoolean("dyadscope.updateGolden");
  }

  /**
   * Fails unless {@code actual} equals the content of {@code golden}; when {@code update} is set it
   * writes {@code actual} there first.
   */
  static void check(Path golden, String actual, boolean update) throws IOException {
    if (update) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(golden)) {
      throw new AssertionFailedError("the golden file " + golden + " is missing; write it on purpose with: "
          + UPDATE_COMMAND);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      throw new AssertionFailedError(golden.getFileName() + " differs from the kept file " + golden
          + " (if the change is intended, rewrite it with: " + UPDATE_COMMAND + ")", expected, actual);
    }
  }
}
