package io.dyadscope.cli;

import io.dyadscope.app.Application;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command over a workspace: the options every such command takes, its writers, and the
 * application it calls. Subclasses parse their own options, call one service and print.
 */
abstract class WorkspaceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  /** Where results go. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where notices and summaries go. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The application over this command's workspace, telling {@link #err()} of notices. */
  Application app() {
    return workspace.app(err());
  }
}
