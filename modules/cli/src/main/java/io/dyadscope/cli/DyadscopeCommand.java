package io.dyadscope.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code dyadscope} command: lists its subcommands. They are registered by {@link Main},
 * only the one a command line names (picocli builds the model of every registered command, which is most
 * of the start-up of a short command), all of them for help and usage errors.
 */
@Command(name = "dyadscope", mixinStandardHelpOptions = true, version = "dyadscope 0.1.0",
    description = "Reproducible, checked analysis of the relations between two countries.",
    footer = {"", "Workspace: --workspace DIR, else $DYADSCOPE_HOME, else ~/.dyadscope (created with the default dataset).",
        "Exit codes: 0 ok, 1 user error, 2 usage error, 3 audit findings at --fail-on level, 4 internal error."})
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
