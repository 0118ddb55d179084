package io.dyadscope.cli;

import io.dyadscope.app.corpus.QdaExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadscope import qdpx FILE}: a REFI-QDA project from another tool. */
@Command(name = "qdpx", mixinStandardHelpOptions = true,
    description = "Import a REFI-QDA project (.qdpx): text sources, codes (added to the codebook), codings, memos.")
public final class ImportQdpxCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Override
  public Integer call() throws Exception {
    ImportIndicatorsCommand.requireFile(file);
    PrintWriter out = spec.commandLine().getOut();
    return CorpusCli.run(workspace, spec.commandLine().getErr(), (ws, corpus) -> {
      QdaExchange.ProjectImport r = new QdaExchange(corpus).importProject(file);
      r.warnings().forEach(w -> out.println("warning: " + w));
      out.println(r.documents().describe() + "; " + r.codesAdded() + " codes, " + r.codingsAdded() + " codings, "
          + r.memosAdded() + " memos added");
      out.flush();
    });
  }
}
