package io.dyadscope.audit.extract;

/**
 * One step of reading a sentence: it reads the {@link SentenceContext}, adds to it what it finds,
 * and reports statements to the {@link ProseOutput}. Stages run in a fixed order (see
 * {@link ProseReader}); each leaves alone the amounts an earlier stage has settled.
 */
interface Stage {
  void apply(SentenceContext c);
}
