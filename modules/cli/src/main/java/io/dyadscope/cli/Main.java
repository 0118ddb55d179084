package io.dyadscope.cli;

import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.UserError;
import io.dyadscope.evidence.imports.ImportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Entry point. Exit codes: 0 success; 1 a user error (one line on stderr, the stack trace only with
 * {@code --verbose}); 2 a usage error; 3 an audit with findings at the {@code --fail-on} level;
 * 4 an internal error (a bug: "internal error: ..." and how to see the details).
 */
public final class Main {

  /** The base name of the commands' help prose ({@code help.properties} beside the commands). */
  static final String HELP_TEXT = "io.dyadscope.cli.help";

  /** Exit code of an internal error. */
  static final int INTERNAL_ERROR_EXIT = 4;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    io.dyadscope.app.Timing.mark("entered main");
    if (subcommandsFor(args).isEmpty()) {
      // The version alone needs no command model: read from the annotation picocli would print it from
      for (String line : DyadscopeCommand.class.getAnnotation(CommandLine.Command.class).version()) {
        out.println(line);
      }
      out.flush();
      return 0;
    }
    Optional<Integer> upToDate = ReportShortcut.run(args, out, err);
    if (upToDate.isPresent()) {
      return upToDate.get();
    }
    CommandLine cli = commandLine(Arrays.asList(args).contains("--verbose"), subcommandsFor(args));
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  /** The command line with every subcommand, as help lists them. */
  static CommandLine commandLine(boolean verbose) {
    return commandLine(verbose, DyadscopeCommand.SUBCOMMANDS);
  }

  /**
   * The subcommands {@code args} need: the one its first word names; none for the version alone; all
   * of them otherwise (help, no command, a misspelt command: picocli lists or suggests them).
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
      return List.of();
    }
    if (args.length > 0) {
      for (Class<?> c : DyadscopeCommand.SUBCOMMANDS) {
        CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
        if (command.name().equals(args[0]) || Arrays.asList(command.aliases()).contains(args[0])) {
          return List.of(c);
        }
      }
    }
    return DyadscopeCommand.SUBCOMMANDS;
  }

  static CommandLine commandLine(boolean verbose, List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new DyadscopeCommand());
    for (Class<?> c : subcommands) {
      cli.addSubcommand(c);
    }
    // Looked up here, through this class's loader, and set on every command registered above.
    cli.setResourceBundle(ResourceBundle.getBundle(HELP_TEXT));
    // Values parsed here become usage errors (exit 2) that name the option, not internal errors.
    cli.registerConverter(Dyad.class, converter(s -> Dyad.parse(s, Gazetteer.standard())));
    cli.registerConverter(Period.class, converter(Period::parse));
    cli.registerConverter(Status.class, converter(Status::parse));
    cli.registerConverter(Severity.class, converter(Severity::parse));
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("dyadscope: " + ex.getMessage().strip().replace('\n', ' '));
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for its options.");
      c.getErr().flush();
      return c.getCommandSpec().exitCodeOnInvalidInput();
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      boolean user = isUserError(ex);
      err.println("dyadscope: " + (user ? "" : "internal error: ") + oneLine(ex)
          + (user || verbose ? "" : " (run with --verbose for details)"));
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return user ? 1 : INTERNAL_ERROR_EXIT;
    });
    return cli;
  }

  /** A converter whose refusal reads as the parser's own message, not a wrapped exception. */
  private static <T> CommandLine.ITypeConverter<T> converter(Function<String, T> parse) {
    return text -> {
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    };
  }

  /** What the user caused and can fix: bad input files, missing data, a busy workspace, unreadable files. */
  static boolean isUserError(Throwable ex) {
    return ex instanceof UserError || ex instanceof ImportException || ex instanceof IOException
        || ex instanceof UncheckedIOException;
  }

  static String oneLine(Throwable ex) {
    String m = ex.getMessage();
    if (m == null || m.isBlank()) {
      m = ex.getClass().getSimpleName();
    }
    return ex instanceof ImportException ? m.strip() : m.strip().replace('\n', ' ');
  }
}
