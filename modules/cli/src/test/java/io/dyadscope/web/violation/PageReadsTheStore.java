package io.dyadscope.web.violation;

import io.dyadscope.store.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * A deliberate violation for {@code ArchitectureTest}: a dashboard class that lists the dyads from
 * the store itself instead of asking the application. It lives in test sources, which the
 * architecture check of the main code leaves out.
 */
public final class PageReadsTheStore {

  private PageReadsTheStore() {}

  public static List<String> dyads(Path dir) {
    try (Workspace ws = Workspace.openReadOnly(dir)) {
      return ws.dyads();
    }
  }
}
