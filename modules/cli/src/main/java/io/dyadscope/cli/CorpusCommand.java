package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusService;
import java.io.PrintWriter;

/**
 * A command over the workspace's corpus: it checks its options, then does its work on the corpus
 * and prints to standard output. Reading commands run on the workspace opened read-only (any number
 * at once); those that change the corpus say so by {@link #writes()}.
 */
abstract class CorpusCommand extends WorkspaceCommand {

  /** True when this run changes the corpus; the workspace is then opened for writing. */
  boolean writes() {
    return false;
  }

  /** Refuses option combinations that make no sense, before the workspace is opened. */
  void check() {}

  /** The command's work on {@code corpus}, printing to {@code out}. */
  abstract void work(CorpusService corpus, PrintWriter out) throws Exception;

  @Override
  public final Integer call() throws Exception {
    check();
    PrintWriter out = out();
    CorpusCli.Work w = corpus -> {
      work(corpus, out);
      out.flush();
    };
    return writes() ? CorpusCli.run(this, w) : CorpusCli.read(this, w);
  }
}
