package io.dyadscope.cli;

import io.dyadscope.app.UserFiles;
import io.dyadscope.app.corpus.QdaExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import qdpx FILE}: a REFI-QDA project from another tool. */
@Command(name = "qdpx", mixinStandardHelpOptions = true,
    description = "Import a REFI-QDA project (.qdpx): text sources, codes (added to the codebook), codings, memos.")
public final class ImportQdpxCommand extends WorkspaceCommand {

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Override
  public Integer call() throws Exception {
    UserFiles.requireFile(file);
    PrintWriter out = spec.commandLine().getOut();
    return CorpusCli.run(this, corpus -> {
      QdaExchange.ProjectImport r = new QdaExchange(corpus).importProject(file);
      r.warnings().forEach(w -> out.println("warning: " + w));
      out.println(r.documents().describe() + "; " + r.codesAdded() + " codes, " + r.codingsAdded() + " codings, "
          + r.memosAdded() + " memos added");
      out.flush();
    });
  }
}
