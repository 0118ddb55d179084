package io.dyadscope.corpus.codebook;

/** A theme (what a passage is about), a lens (how it reads), or another code a user or tool added. */
public enum CodeKind {
  theme,
  lens,
  other
}
