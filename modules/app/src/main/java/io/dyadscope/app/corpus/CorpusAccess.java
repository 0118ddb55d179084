package io.dyadscope.app.corpus;

import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.evidence.UserError;
import java.util.function.Consumer;

/**
 * How the corpus use cases reach a workspace's corpus: each opens the workspace for its work and
 * the corpus over it (loading the default corpus on first use, keeping the Lucene index in step),
 * and corpus errors become user errors. The corpus opens for writing, since keeping the index in
 * step may write; a long search therefore makes an import wait, not fail.
 */
public final class CorpusAccess {

  /** Work on a workspace's corpus. */
  @FunctionalInterface
  public interface Work<T> {
    T run(CorpusService corpus) throws Exception;
  }

  private final WorkspaceAccess access;
  private final Consumer<String> notices;

  public CorpusAccess(WorkspaceAccess access, Consumer<String> notices) {
    this.access = access;
    this.notices = notices == null ? m -> { } : notices;
  }

  /**
   * Runs {@code work} on the corpus of the workspace opened read-only ({@link CorpusService#forReading}):
   * any number at once, beside other readers; the default corpus is not loaded here.
   */
  public <T> T read(Work<T> work) throws Exception {
    try {
      return access.read(ws -> work.run(CorpusService.forReading(ws)));
    } catch (CorpusException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * Runs {@code work}, which only reads, on the corpus opened read-only ({@link #read}), so that any
   * number run at once; on a workspace whose corpus was never used, the default corpus is loaded
   * first, once, as {@link #run} loads it.
   */
  public <T> T query(Work<T> work) throws Exception {
    if (!CorpusService.inUse(access.directory())) {
      run(corpus -> null);
    }
    return read(work);
  }

  /** Runs {@code work} on the corpus; the first use of a workspace loads and auto-codes the default corpus. */
  public <T> T run(Work<T> work) throws Exception {
    try {
      return access.write(ws -> {
        boolean first = !CorpusService.inUse(ws.directory());
        CorpusService corpus = CorpusService.open(ws);
        if (first && !corpus.documents().isEmpty()) {
          notices.accept("Loaded the default corpus (" + corpus.documents().size()
              + " freely licensed documents, auto-coded; see NOTICE).");
        }
        return work.run(corpus);
      });
    } catch (CorpusException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
