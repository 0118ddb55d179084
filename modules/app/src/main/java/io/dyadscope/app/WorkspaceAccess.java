package io.dyadscope.app;

import io.dyadscope.store.Access;
import io.dyadscope.evidence.UserError;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How every use case reaches the workspace: each opens it for as long as its work takes, reading
 * use cases read-only (any number at once, from the CLI and a server alike), writing ones alone.
 * A use case that finds the file held by a writer waits up to {@code patience}, telling
 * {@code notices}, then fails naming the holder. A workspace that does not exist yet is created
 * with the default dataset, and {@code notices} hears of it.
 *
 * <p>Sharing one workspace between a long-running server and the CLI works because nobody holds
 * it between uses: the server opens it per request, read-only, and a CLI import waits at most
 * for the request in flight.
 */
public final class WorkspaceAccess {

  /** How long a use case waits for a busy workspace when not told otherwise. */
  public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(30);

  private final Path directory;
  private final Duration patience;
  private final Consumer<String> notices;
  private final DefaultDataset defaults;

  public WorkspaceAccess(Path directory, Duration patience, Consumer<String> notices) {
    this(directory, patience, notices, DefaultDataset.standard());
  }

  public WorkspaceAccess(Path directory, Duration patience, Consumer<String> notices, DefaultDataset defaults) {
    this.directory = directory.toAbsolutePath().normalize();
    this.patience = Objects.requireNonNull(patience, "patience");
    this.notices = notices == null ? m -> { } : notices;
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  /** Work on an open workspace, which may throw a checked exception of the use case's own. */
  @FunctionalInterface
  public interface Use<T, E extends Exception> {
    T apply(Workspace ws) throws E;
  }

  /** The workspace folder, absolute. */
  public Path directory() {
    return directory;
  }

  /** Runs {@code work} on the workspace opened read-only, creating it first when absent. */
  public <T, E extends Exception> T read(Use<T, E> work) throws E {
    ensureExists();
    try (Workspace ws = open(true)) {
      return work.apply(ws);
    }
  }

  /** Runs {@code work} on the workspace opened for writing, creating it with the defaults when absent. */
  public <T, E extends Exception> T write(Use<T, E> work) throws E {
    boolean fresh = !exists();
    try (Workspace ws = open(false)) {
      if (fresh || ws.isEmpty()) {
        seed(ws);
      }
      return work.apply(ws);
    }
  }

  /** Opening problems (busy, newer schema, no folder) are the user's to solve; failures during work are not. */
  private Workspace open(boolean readOnly) {
    try {
      return Workspace.open(directory, new Access(readOnly, patience, notices));
    } catch (WorkspaceException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private void ensureExists() {
    if (!exists()) {
      write(ws -> Boolean.TRUE);
    }
  }

  private boolean exists() {
    return Files.exists(directory.resolve(Workspace.DATABASE_FILE));
  }

  private void seed(Workspace ws) {
    if (ws.isEmpty()) {
      defaults.loadInto(ws);
      notices.accept("Created workspace " + directory + " with the default dataset (" + ws.observationCount()
          + " observations, " + ws.sources().size() + " sources).");
    }
  }
}
