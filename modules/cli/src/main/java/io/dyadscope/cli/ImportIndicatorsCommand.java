package io.dyadscope.cli;

import io.dyadscope.app.ImportService.Outcome;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.imports.ImportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import indicators FILE [--sources FILE]}: the tidy indicator CSV importer. */
@Command(name = "indicators", mixinStandardHelpOptions = true)
public final class ImportIndicatorsCommand extends WorkspaceCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "Observations CSV.") Path file;

  @Option(names = "--sources", paramLabel = "FILE", description = "Sources CSV for sources not yet in the workspace.")
  Path sources;

  @Override
  public Integer call() throws ImportException {
    PrintWriter out = out();
    Outcome o = app().imports().indicators(file, sources);
    out.println(o.summary().describe());
    o.summary().replacements().forEach(r -> out.println("  replaced " + r.describe()));
    out.println("workspace now holds " + Figures.exact(o.observationsAfter()) + " observations");
    out.flush();
    return 0;
  }
}
