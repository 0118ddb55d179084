package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.app.corpus.QdaExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope export qdpx FILE}: the corpus as a REFI-QDA project. */
@Command(name = "qdpx", mixinStandardHelpOptions = true)
public final class ExportQdpxCommand extends CorpusCommand {

  // A file and a project name, this command's alone: alike in layout with other corpus commands, not in
  // meaning, so a mixin would have nothing in common to hold.
  @Parameters(index = "0", paramLabel = "FILE", description = "The project file to write (.qdpx).") Path file;

  @Option(names = "--name", defaultValue = "Dyadscope corpus", description = "Project name (default: ${DEFAULT-VALUE}).")
  String name;

  @Override
  void work(CorpusService corpus, PrintWriter out) throws Exception {
    new QdaExchange(corpus).exportProject(file, name);
    out.println("wrote " + corpus.documents().size() + " documents, " + corpus.codebook().codes().size()
        + " codes and " + corpus.codings().size() + " codings to " + file);
  }
}
