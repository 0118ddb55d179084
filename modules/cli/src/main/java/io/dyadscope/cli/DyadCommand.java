package io.dyadscope.cli;

import picocli.CommandLine.Mixin;

/** A command about one dyad: {@code --dyad AAA-BBB} besides the workspace options. */
abstract class DyadCommand extends WorkspaceCommand {

  @Mixin DyadOption dyad;
}
