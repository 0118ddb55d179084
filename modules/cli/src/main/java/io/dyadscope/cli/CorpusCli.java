package io.dyadscope.cli;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.app.corpus.CorpusAccess;
import io.dyadscope.app.corpus.CorpusService;

/** What the corpus commands share: running their work on the workspace's corpus, and how they print a statistic. */
final class CorpusCli {

  /** A command's work on the corpus, printing as it goes. */
  @FunctionalInterface
  interface Work {
    void run(CorpusService corpus) throws Exception;
  }

  private CorpusCli() {}

  /** Runs {@code work}, which changes the corpus, on the workspace opened for writing. */
  static int run(WorkspaceCommand command, Work work) throws Exception {
    access(command).run(corpus -> {
      work.run(corpus);
      return null;
    });
    return 0;
  }

  /** Runs {@code work}, which only reads, on the workspace opened read-only: any number of these run at once. */
  static int read(WorkspaceCommand command, Work work) throws Exception {
    access(command).query(corpus -> {
      work.run(corpus);
      return null;
    });
    return 0;
  }

  private static CorpusAccess access(WorkspaceCommand command) {
    return command.app().corpus(message -> {
      command.err().println(message);
      command.err().flush();
    });
  }

  /** An agreement statistic to three decimals, or {@code n/a}. */
  static String number(double d) {
    return Double.isNaN(d) ? "n/a" : Figures.fixed(d, 3);
  }
}
