package io.dyadscope.cli.violation;

import io.dyadscope.store.Workspace;
import java.nio.file.Path;

/**
 * A deliberate violation for {@code ArchitectureTest}: a command-line class that opens the store
 * itself instead of calling the application. It lives in test sources, which the architecture check
 * of the main code leaves out.
 */
public final class CommandOpensTheStore {

  private CommandOpensTheStore() {}

  public static long count(Path dir) {
    try (Workspace ws = Workspace.openReadOnly(dir)) {
      return ws.observationCount();
    }
  }
}
