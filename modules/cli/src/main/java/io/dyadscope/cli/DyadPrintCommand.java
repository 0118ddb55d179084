package io.dyadscope.cli;

import java.io.PrintWriter;

/**
 * A command about one dyad whose answer is what it prints: it does its work, printing to standard
 * output, and exits 0 (a refusal is a user error, exit 1).
 */
abstract class DyadPrintCommand extends DyadCommand {

  /** The command's work, printing to {@code out}. */
  abstract void work(PrintWriter out) throws Exception;

  @Override
  public final Integer call() throws Exception {
    PrintWriter out = out();
    work(out);
    out.flush();
    return 0;
  }
}
