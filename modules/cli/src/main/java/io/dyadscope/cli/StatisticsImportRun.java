package io.dyadscope.cli;

import io.dyadscope.app.statistics.StatisticsService.Outcome;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.importers.StatisticsFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;


/** What every statistics import command does: one call to the app service, its summary printed. */
final class StatisticsImportRun {

  private StatisticsImportRun() {}

  static int run(WorkspaceCommand command, StatisticsFormat formatOrNull, Path file, List<Dyad> dyads) throws Exception {
    PrintWriter out = command.out();
    PrintWriter err = command.err();
    ProgressBar bar = new ProgressBar(err, "reading " + file.getFileName());
    Outcome o;
    try {
      o = command.app().statistics().importFile(formatOrNull, file, dyads, bar);
    } finally {
      bar.finish();   // the bar's line ends before an error or the summary is printed
    }
    if (o.detected()) {
      err.println(file + ": read as " + o.format().word());
      err.flush();
    }
    o.summary().describe().forEach(out::println);
    out.println("workspace now holds " + Figures.exact(o.observationsAfter()) + " observations");
    out.flush();
    return 0;
  }
}
