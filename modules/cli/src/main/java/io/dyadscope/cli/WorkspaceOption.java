package io.dyadscope.cli;

import io.dyadscope.app.Application;
import io.dyadscope.app.WorkspaceAccess;

import io.dyadscope.app.WorkspaceLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options every command takes: where the workspace is, how long to wait for it, and how much to say on failure. */
public final class WorkspaceOption {

  @Option(names = "--workspace", paramLabel = "DIR",
      // two lines, split where picocli would otherwise break the path after "~/."
      description = {"Workspace folder (default: $DYADSCOPE_HOME,", "else ~/.dyadscope)."})
  Path workspace;

  @Option(names = "--wait", paramLabel = "SECONDS",
      description = "How long to wait while another command holds the workspace (default: 30).")
  Integer waitSeconds;

  @Option(names = "--verbose", description = "Print stack traces of errors.") boolean verbose;

  /** The folder this invocation uses. */
  public Path directory() {
    return WorkspaceLocation.resolve(workspace, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The application over this workspace; notices (creation, waiting) go to {@code err}. */
  public Application app(PrintWriter err) {
    Duration patience = waitSeconds == null ? WorkspaceAccess.DEFAULT_PATIENCE : Duration.ofSeconds(Math.max(0, waitSeconds));
    return new Application(new WorkspaceAccess(directory(), patience, message -> {
      err.println(message);
      err.flush();
    }));
  }
}
