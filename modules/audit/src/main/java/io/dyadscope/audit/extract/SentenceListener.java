package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Token;
import java.util.List;

/** Receives each sentence's tokens as the extractor reads them, so checks need not tokenise again. */
public interface SentenceListener {

  /**
   * Called once per sentence and heading, in order.
   *
   * @param sentence  the sentence
   * @param tokens    its tokens
   * @param countries the countries it names
   * @param claims    how many claims were read from it
   */
  void sentence(Sentence sentence, List<Token> tokens, List<Mention> countries, int claims);
}
