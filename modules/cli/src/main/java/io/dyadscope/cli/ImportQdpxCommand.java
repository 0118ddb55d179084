package io.dyadscope.cli;

import io.dyadscope.app.UserFiles;
import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.app.corpus.QdaExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import qdpx FILE}: a REFI-QDA project from another tool. */
@Command(name = "qdpx", mixinStandardHelpOptions = true)
public final class ImportQdpxCommand extends CorpusChangeCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The project file (.qdpx).") Path file;

  @Option(names = "--sources-dir", paramLabel = "DIR", description = "Folder to read the project's relative:// text"
      + " sources from (only below it); without it such sources are refused. internal:// sources need nothing.")
  Path sourcesDir;

  @Mixin LimitOptions limits;

  @Override
  void check() {
    UserFiles.requireFile(file);
    if (sourcesDir != null && !java.nio.file.Files.isDirectory(sourcesDir)) {
      throw new io.dyadscope.evidence.UserError("--sources-dir " + sourcesDir + ": no such folder");
    }
  }

  @Override
  void work(CorpusService corpus, PrintWriter out) throws Exception {
    QdaExchange.ProjectImport r = new QdaExchange(corpus).importProject(file, limits.limits(), sourcesDir);
    r.warnings().forEach(w -> out.println("warning: " + w));
    out.println(r.documents().describe() + "; " + r.codesAdded() + " codes, " + r.codingsAdded() + " codings, "
        + r.memosAdded() + " memos added");
  }
}
