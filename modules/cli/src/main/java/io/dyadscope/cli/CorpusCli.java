package io.dyadscope.cli;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.app.corpus.CorpusService;

/** What the corpus commands share: running their work on the workspace's corpus, and how they print a statistic. */
final class CorpusCli {

  /** A command's work on the corpus, printing as it goes. */
  @FunctionalInterface
  interface Work {
    void run(CorpusService corpus) throws Exception;
  }

  private CorpusCli() {}

  static int run(WorkspaceCommand command, Work work) throws Exception {
    command.app().corpus(message -> {
      command.err().println(message);
      command.err().flush();
    }).run(corpus -> {
      work.run(corpus);
      return null;
    });
    return 0;
  }

  /** An agreement statistic to three decimals, or {@code n/a}. */
  static String number(double d) {
    return Double.isNaN(d) ? "n/a" : Figures.fixed(d, 3);
  }
}
