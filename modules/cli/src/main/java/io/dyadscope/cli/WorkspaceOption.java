package io.dyadscope.cli;

import io.dyadscope.store.Workspace;
import io.dyadscope.store.WorkspaceLocation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: where the workspace is, and how much to say on failure. */
public final class WorkspaceOption {

  @Option(names = "--workspace", paramLabel = "DIR",
      description = "Workspace folder (default: $DYADSCOPE_HOME, else ~/.dyadscope).")
  Path workspace;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  /** The folder this invocation uses. */
  public Path directory() {
    return WorkspaceLocation.resolve(workspace, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** Opens the workspace, creating it with the default dataset on first use (said on {@code err}). */
  public Workspace open(PrintWriter err) {
    Path dir = directory();
    boolean fresh = !Files.exists(dir.resolve(Workspace.DATABASE_FILE));
    Workspace ws = io.dyadscope.app.DefaultDataset.standard().openWorkspace(dir);
    if (fresh) {
      err.println("Created workspace " + dir + " with the default dataset (" + ws.observationCount()
          + " observations, " + ws.sources().size() + " sources).");
      err.flush();
    }
    return ws;
  }
}
