package io.dyadscope.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party files in {@code shared/} beside the repository (real data, the seed paper,
 * reference lists), for tests that need them. Where the folder is absent such a test is skipped,
 * except where the suite must prove it ran them (CI): there it fails. CI is recognised by the
 * environment variable {@code DYADSCOPE_REQUIRE_SHARED=true} (which {@code .ci/run} sets) or
 * {@code CI=true}, or the system property {@code dyadscope.requireShared=true}.
 */
public final class SharedData {

  private SharedData() {}

  /** The {@code shared} folder above the working directory, if there is one. */
  public static Optional<Path> root() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path shared = d.resolve("shared");
      if (Files.isDirectory(shared.resolve("data")) || Files.isDirectory(shared.resolve("seed"))) {
        return Optional.of(shared);
      }
    }
    return Optional.empty();
  }

  /**
   * The file or folder at {@code relative} under {@code shared/} (e.g. {@code data/real/gdelt}),
   * skipping the calling test when it is absent, or failing it where the suite requires shared data.
   */
  public static Path require(String relative) {
    Optional<Path> found = find(relative);
    if (found.isEmpty()) {
      Assumptions.abort(absent(relative) + ": test skipped");
    }
    return found.get();
  }

  /**
   * True when {@code relative} is under {@code shared/}; where the suite requires shared data its
   * absence fails. For {@code @BeforeAll}: a class that builds on shared data once does so only when
   * this holds and calls {@link #require} before each test, so that without the data each test counts
   * as skipped (an assumption failing in {@code @BeforeAll} would report the class as zero tests).
   */
  public static boolean present(String relative) {
    return find(relative).isPresent();
  }

  private static Optional<Path> find(String relative) {
    Optional<Path> found = root().map(r -> r.resolve(relative)).filter(Files::exists);
    if (found.isEmpty() && required(System.getenv(), System.getProperty("dyadscope.requireShared"))) {
      throw new IllegalStateException(absent(relative) + ", and this run requires it (DYADSCOPE_REQUIRE_SHARED or CI"
          + " is set)");
    }
    return found;
  }

  private static String absent(String relative) {
    return "shared/" + relative + " not found above " + Path.of("").toAbsolutePath();
  }

  /** A file or folder of the real data and references: {@code data(relative)} is {@code require("data/" + relative)}. */
  public static Path data(String relative) {
    return require("data/" + relative);
  }

  /** The seed paper's text file. */
  public static Path seedPaper() {
    return require("seed/pakistan-afghanistan-relations-2025.txt");
  }

  /** True when the environment or a system property says shared data must be there. */
  static boolean required(Map<String, String> env, String property) {
    return "true".equalsIgnoreCase(env.get("DYADSCOPE_REQUIRE_SHARED")) || "true".equalsIgnoreCase(env.get("CI"))
        || "true".equalsIgnoreCase(property);
  }
}
