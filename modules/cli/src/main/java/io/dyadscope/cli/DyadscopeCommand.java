package io.dyadscope.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code dyadscope} command: lists its subcommands. They are registered by {@link Main},
 * only the one a command line names (picocli builds the model of every registered command, which is most
 * of the start-up of a short command), all of them for help and usage errors.
 *
 * <p>What each command says of itself in its help (header, description, footer) is prose in
 * {@code help.properties} beside this class, keyed by the command's path ({@code dyadscope.import.wdi.usage.header}):
 * the text users read is written and reviewed as one text, in one voice, and the commands keep to
 * their options and work. {@link Main} hands the bundle to the command line it builds (not the annotation's
 * {@code resourceBundle}: picocli would look it up through its own class loader, which the launcher makes
 * the boot loader); option descriptions stay beside their fields.
 */
@Command(name = "dyadscope", mixinStandardHelpOptions = true, version = "dyadscope 0.1.0")
public final class DyadscopeCommand implements Runnable {

  /** The subcommands, in the order the help lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(ReportCommand.class, ImportCommand.class,
      ObservationsCommand.class, SeriesCommand.class, ForecastCommand.class, SourcesCommand.class,
      AuditCommand.class, AuditEvalCommand.class, EventsCommand.class, MirrorCommand.class, OfficialCommand.class,
      DocumentsCommand.class, SearchCommand.class, KwicCommand.class, CodebookCommand.class, CodeCommand.class, CodesCommand.class,
      AgreementCommand.class, MemoCommand.class, ExportCommand.class, ServeCommand.class, FetchCommand.class);

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
