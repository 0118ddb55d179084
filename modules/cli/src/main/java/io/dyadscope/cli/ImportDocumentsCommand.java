package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.app.corpus.DocumentOptions;
import io.dyadscope.corpus.DocumentImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope import documents PATH...}: texts into the corpus. */
@Command(name = "documents", mixinStandardHelpOptions = true,
    description = {"Import texts (.txt, .md, .html, .pdf, .docx; files or folders) into the corpus and index them.",
        "Metadata from --manifest (CSV: file,kind[,id,title,publisher,date,language,source_id,url,licence])",
        "or from the options. The same text twice adds nothing; a changed text replaces the old one."})
public final class ImportDocumentsCommand extends WorkspaceCommand {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(names = "--manifest", paramLabel = "CSV", description = "Manifest describing the files.")
  Path manifest;

  @Option(names = "--id", description = "Document id (one file only; default: from the file name).")
  String id;

  @Option(names = "--title", description = "Title (one file only; default: the file's own, else its name).")
  String title;

  @Option(names = "--kind", description = "agreement, communique, statement, policy, report, news, transcript or encyclopedic.")
  String kind;

  @Option(names = "--publisher")
  String publisher;

  @Option(names = "--date", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
  String date;

  @Option(names = "--language", description = "e.g. en.")
  String language;

  @Option(names = "--source-id", description = "Id of the row in the sources table this text stands for.")
  String sourceId;

  @Option(names = "--url")
  String url;

  @Option(names = "--licence")
  String licence;

  @Mixin
  LimitOptions limits;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return CorpusCli.run(this, corpus -> {
      CorpusService.FileImport f = corpus.importFiles(paths, manifest,
          new DocumentOptions(id, title, publisher, kind, date, language, sourceId, url, licence), limits.limits(), true);
      f.skipped().forEach(x -> out.println("  skipped " + x + " (not in the manifest)"));
      DocumentImport r = f.result();
      out.println(r.describe());
      r.replaced().forEach(x -> out.println("  replaced " + x));
      out.println("corpus now holds " + corpus.documents().size() + " documents");
      out.flush();
    });
  }
}
