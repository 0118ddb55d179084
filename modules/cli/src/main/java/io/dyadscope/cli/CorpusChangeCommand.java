package io.dyadscope.cli;

/** A corpus command that changes the corpus: it runs on the workspace opened for writing. */
abstract class CorpusChangeCommand extends CorpusCommand {

  @Override
  final boolean writes() {
    return true;
  }
}
