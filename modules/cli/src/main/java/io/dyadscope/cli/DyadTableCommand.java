package io.dyadscope.cli;

import io.dyadscope.app.Application;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.UserError;
import java.io.PrintWriter;
import java.util.List;

/**
 * A command that shows what the workspace holds for one dyad: it reads the rows, refuses with what to
 * import when there are none, and prints them.
 */
abstract class DyadTableCommand<T> extends DyadPrintCommand {

  /** The dyad's rows, from the application over the workspace. */
  abstract List<T> rows(Application app, Dyad dyad);

  /** Why there is nothing to show for {@code dyad} and how to import what is missing. */
  abstract String nothingFor(Dyad dyad);

  /** Prints the rows, at least one, to {@code out}. */
  abstract void print(List<T> rows, PrintWriter out);

  @Override
  final void work(PrintWriter out) {
    Dyad d = dyad.dyad();
    List<T> rows = rows(app(), d);
    if (rows.isEmpty()) {
      throw new UserError(nothingFor(d));
    }
    print(rows, out);
  }
}
