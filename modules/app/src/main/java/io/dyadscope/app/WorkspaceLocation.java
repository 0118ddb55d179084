package io.dyadscope.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a workspace lives when the user does not open one by hand. The first of these wins:
 *
 * <ol>
 *   <li>the folder given explicitly (the CLI's {@code --workspace DIR});
 *   <li>the environment variable {@value #ENV_VAR}, when set and not blank;
 *   <li>{@code .dyadscope} in the user's home folder.
 * </ol>
 *
 * <p>The environment and home folder are parameters, not read from the JVM, so that callers and
 * tests decide what they are.
 */
public final class WorkspaceLocation {

  /** Environment variable naming the workspace folder. */
  public static final String ENV_VAR = "DYADSCOPE_HOME";

  /** Folder under the user's home used when nothing else names one. */
  public static final String HOME_FOLDER = ".dyadscope";

  private WorkspaceLocation() {}

  /**
   * The workspace folder, absolute and normalised.
   *
   * @param explicitOrNull the folder the user named, or null
   * @param env            the process environment (e.g. {@code System.getenv()})
   * @param userHome       the user's home folder (e.g. {@code Path.of(System.getProperty("user.home"))})
   */
  public static Path resolve(Path explicitOrNull, Map<String, String> env, Path userHome) {
    if (explicitOrNull != null) {
      return explicitOrNull.toAbsolutePath().normalize();
    }
    String fromEnv = env.get(ENV_VAR);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
    }
    Objects.requireNonNull(userHome, "userHome");
    return userHome.resolve(HOME_FOLDER).toAbsolutePath().normalize();
  }
}
