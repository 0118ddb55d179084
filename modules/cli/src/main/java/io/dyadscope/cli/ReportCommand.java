package io.dyadscope.cli;

import io.dyadscope.app.ReportService;
import io.dyadscope.app.Timing;
import io.dyadscope.app.uptodate.IncrementalReport;
import io.dyadscope.app.uptodate.IncrementalReport.Outcome;
import io.dyadscope.evidence.Period;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope report}: builds the dyad's dossier from the workspace and writes it as HTML, Markdown and JSON. */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand extends DyadCommand {

  // These options are the report's own (where to write, for what period, which rule files); the dyad and
  // workspace options, the ones shared with other commands, come from its base classes' mixins.
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dossier", description = "Output folder (default: ./${DEFAULT-VALUE}/).")
  Path out;

  @Option(names = "--target", paramLabel = "PERIOD",
      description = "Period for Dyadscope's projections (default: the latest published projection's, else the next year).")
  Period target;

  @Option(names = "--rules", paramLabel = "FILE", description = "Finding rules (JSON) instead of the built-in set.")
  Path rules;

  @Option(names = "--recommendations", paramLabel = "FILE",
      description = "Recommendation rules (JSON) instead of the built-in set.")
  Path recommendations;

  @Option(names = "--force",
      description = "Rebuild even when the dossier in --out is up to date (workspace, options and build unchanged).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    Timing.mark("parsed the command line");
    ReportService.Request request = new ReportService.Request(dyad.dyad(), target, rules, recommendations);
    Outcome outcome = new IncrementalReport(() -> app().reports(), workspace.directory()).run(request, out, force);
    print(outcome, out(), err());
    return 0;
  }

  /** What a report says: the notice when the dossier was up to date (stderr), then its main file (stdout). */
  static void print(Outcome outcome, PrintWriter stdout, PrintWriter stderr) {
    if (outcome instanceof IncrementalReport.UpToDate u) {
      stderr.println(u.notice());
      stderr.flush();
    }
    stdout.println(outcome.main());
    stdout.flush();
  }
}
