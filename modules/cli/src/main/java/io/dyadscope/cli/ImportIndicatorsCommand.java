package io.dyadscope.cli;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.importers.ImportSummary;
import io.dyadscope.importers.IndicatorImporter;
import io.dyadscope.store.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadscope import indicators FILE [--sources FILE]}: the tidy indicator CSV importer. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Import a tidy indicator CSV.",
        "Columns: indicator,dyad,subject,period,value,unit,status,source,reported_by,note[,location]",
        "Sources CSV: id,citation,publisher,kind,grade,year,url"})
public final class ImportIndicatorsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Parameters(index = "0", paramLabel = "FILE", description = "Observations CSV.")
  Path file;

  @Option(names = "--sources", paramLabel = "FILE", description = "Sources CSV for sources not yet in the workspace.")
  Path sources;

  @Override
  public Integer call() throws Exception {
    requireFile(file);
    if (sources != null) {
      requireFile(sources);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace ws = workspace.open(spec.commandLine().getErr())) {
      ImportSummary s = new IndicatorImporter(ws, WorkspaceCatalogue.load(ws.directory()), Gazetteer.standard())
          .importFiles(file, sources);
      out.println(s.describe());
      s.replacements().forEach(r -> out.println("  replaced " + r));
      out.println("workspace now holds " + ws.observationCount() + " observations");
    }
    out.flush();
    return 0;
  }

  static void requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UserError("no such file: " + p);
    }
  }
}
