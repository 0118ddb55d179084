package io.dyadscope.corpus;

/** Who made a coding: a person, or the auto-coder applying a codebook rule. */
public enum Origin {
  human,
  auto
}
