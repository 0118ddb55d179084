package io.dyadscope.cli;

import io.dyadscope.evidence.UserError;
import io.dyadscope.app.events.EventImportService;
import io.dyadscope.events.EventFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import events FILE...}: ACLED, UCDP GED and GDELT event files. */
@Command(name = "events", mixinStandardHelpOptions = true)
public final class ImportEventsCommand extends DyadPrintCommand {

  // The files and reading switches of an event import, no other command's; the options it shares (dyad,
  // workspace) come from its base classes' mixins.
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files, zips or directories.") List<Path> files;

  @Option(names = "--format", paramLabel = "acled|ucdp|gdelt2|gdelt1",
      description = "The format of every file (default: detected from each file's first line).")
  String format;

  @Option(names = "--lenient", description = "Skip bad rows (counted, written to --rejects) instead of stopping.")
  boolean lenient;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = {"Where --lenient writes bad rows (default:", "event-rejects.txt in the workspace folder)."})
  Path rejects;

  @Option(names = "--all-rows", description = "Keep every row, not only the dyad's.") boolean allRows;

  @Override
  void work(PrintWriter out) throws Exception {
    if (rejects != null && !lenient) {
      throw new UserError("--rejects needs --lenient");
    }
    EventFormat f = format == null ? null : EventFormat.parse(format);
    ProgressBar bar = new ProgressBar(err(), "importing");
    EventImportService.Report r;
    try {
      r = app().events().importFiles(new EventImportService.Request(files, f, lenient, rejects, dyad.dyad(),
          allRows), bar);
    } finally {
      bar.finish();
    }
    r.describe().forEach(out::println);
  }
}
