package io.dyadscope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyadscope export}: write workspace content in exchange formats. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportQdpxCommand.class})
public final class ExportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
