package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.store.Workspace;
import java.io.PrintWriter;

/** What the corpus commands share: opening the workspace's corpus and turning corpus errors into user errors. */
final class CorpusCli {

  /** Work on the corpus of an open workspace. */
  interface Work {
    void run(Workspace ws, CorpusService corpus) throws Exception;
  }

  private CorpusCli() {}

  static int run(WorkspaceOption workspace, PrintWriter err, Work work) throws Exception {
    try (Workspace ws = workspace.open(err)) {
      boolean first = !java.nio.file.Files.isDirectory(ws.directory().resolve(CorpusService.INDEX_FOLDER));
      CorpusService corpus = CorpusService.open(ws);
      if (first && !corpus.documents().isEmpty()) {
        err.println("Loaded the default corpus (" + corpus.documents().size()
            + " freely licensed documents, auto-coded; see NOTICE).");
        err.flush();
      }
      work.run(ws, corpus);
    } catch (CorpusException e) {
      throw new UserError(e.getMessage());
    }
    return 0;
  }

  static String number(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", d);
  }
}
