package io.dyadscope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@code dyadscope events} ({@code actors}, {@code derive}): it takes the workspace
 * options and {@code --dyad} after its own name too, and works through its parent's application
 * and query.
 */
abstract class EventSubcommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand EventsCommand parent;

  @Mixin WorkspaceOption workspace;

  @Mixin DyadOption dyad;

  /** The parent command, with whatever workspace options and dyad were given after this subcommand's name. */
  EventsCommand events() {
    parent.adopt(spec, workspace, dyad);
    return parent;
  }
}
