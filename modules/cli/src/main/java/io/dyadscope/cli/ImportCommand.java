package io.dyadscope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyadscope import}: the importers, one subcommand per format. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import evidence into the workspace (all-or-nothing; re-importing a file adds nothing).",
    subcommands = {ImportIndicatorsCommand.class, ImportDocumentsCommand.class, ImportQdpxCommand.class})
public final class ImportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
