package io.dyadscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code dyadscope import}: the importers, one subcommand per format; {@code import FILE} tells
 * the format from the file's first lines.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    subcommands = {ImportIndicatorsCommand.class, ImportUnhcrCommand.class, ImportWdiCommand.class,
        ImportComtradeCommand.class, ImportImfDotsCommand.class, ImportEventsCommand.class, ImportDocumentsCommand.class,
        ImportQdpxCommand.class})
public final class ImportCommand extends WorkspaceCommand {

  @Mixin DyadsOption dyads;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A file to import, its format detected.")
  Path file;

  @Override
  public Integer call() throws Exception {
    if (file == null) {
      spec.commandLine().usage(out());
      return 0;
    }
    return StatisticsImportRun.run(this, null, file, dyads.dyads());
  }
}
