package io.dyadscope.cli;

import io.dyadscope.importers.ImportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Entry point. Exit codes: 0 success, 1 a user error (one line on stderr, the stack trace only with
 * {@code --verbose}), 2 a usage error, 3 an audit with findings at the {@code --fail-on} level.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(Arrays.asList(args).contains("--verbose"));
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine commandLine(boolean verbose) {
    CommandLine cli = new CommandLine(new DyadscopeCommand());
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("dyadscope: " + oneLine(ex));
      if (verbose) {
        ex.printStackTrace(err);
      } else if (!isUserError(ex)) {
        err.println("(run again with --verbose for the stack trace)");
      }
      err.flush();
      return 1;
    });
    return cli;
  }

  static boolean isUserError(Throwable ex) {
    return ex instanceof UserError || ex instanceof ImportException || ex instanceof IllegalArgumentException
        || ex instanceof IOException || ex instanceof UncheckedIOException;
  }

  static String oneLine(Throwable ex) {
    String m = ex.getMessage();
    if (m == null || m.isBlank()) {
      m = ex.getClass().getSimpleName();
    }
    return ex instanceof ImportException ? m.strip() : m.strip().replace('\n', ' ');
  }
}
