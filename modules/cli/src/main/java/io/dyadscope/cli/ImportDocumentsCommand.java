package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusImport;
import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.DocumentImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import documents PATH...}: texts into the corpus. */
@Command(name = "documents", mixinStandardHelpOptions = true)
public final class ImportDocumentsCommand extends CorpusChangeCommand {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.") List<Path> paths;

  @Option(names = "--manifest", paramLabel = "CSV", description = "Manifest describing the files.") Path manifest;

  @Mixin DocumentMetadataOptions metadata;

  @Mixin LimitOptions limits;

  @Override
  void work(CorpusService corpus, PrintWriter out) throws Exception {
    CorpusImport.FileImport f = corpus.importFiles(paths, manifest,
        metadata.options(), limits.limits(), true);
    f.skipped().forEach(x -> out.println("  skipped " + x + " (not in the manifest)"));
    DocumentImport r = f.result();
    out.println(r.describe());
    r.replaced().forEach(x -> out.println("  replaced " + x));
    out.println("corpus now holds " + corpus.documents().size() + " documents");
  }
}
