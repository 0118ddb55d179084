package io.dyadscope.cli;

import io.dyadscope.app.statistics.StatisticsImporter;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.importers.FormatDetector.Format;
import io.dyadscope.importers.StatisticsSummary;
import io.dyadscope.store.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What every statistics import command does: one call to the app service, its summary printed. */
final class StatisticsImportRun {

  private StatisticsImportRun() {}

  static int run(CommandSpec spec, WorkspaceOption workspace, Format formatOrNull, Path file, List<Dyad> dyads)
      throws Exception {
    ImportIndicatorsCommand.requireFile(file);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Format format = formatOrNull != null ? formatOrNull : StatisticsImporter.detect(file);
    if (formatOrNull == null) {
      err.println(file + ": read as " + format.word());
      err.flush();
    }
    try (Workspace ws = workspace.open(err)) {
      StatisticsSummary s = StatisticsImporter.standard().importFile(ws, format, file, dyads,
          new ProgressBar(err, "reading " + file.getFileName()));
      s.describe().forEach(out::println);
      out.println("workspace now holds " + ws.observationCount() + " observations");
    }
    out.flush();
    return 0;
  }
}
