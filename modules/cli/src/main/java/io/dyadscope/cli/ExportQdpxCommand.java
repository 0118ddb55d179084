package io.dyadscope.cli;

import io.dyadscope.app.corpus.QdaExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadscope export qdpx FILE}: the corpus as a REFI-QDA project. */
@Command(name = "qdpx", mixinStandardHelpOptions = true,
    description = "Write the corpus (texts, codebook, codings, memos) as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder.")
public final class ExportQdpxCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(names = "--name", defaultValue = "Dyadscope corpus", description = "Project name (default: ${DEFAULT-VALUE}).")
  String name;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return CorpusCli.run(workspace, spec.commandLine().getErr(), (ws, corpus) -> {
      new QdaExchange(corpus).exportProject(file, name);
      out.println("wrote " + corpus.documents().size() + " documents, " + corpus.codebook().codes().size()
          + " codes and " + corpus.store().codings().size() + " codings to " + file);
      out.flush();
    });
  }
}
