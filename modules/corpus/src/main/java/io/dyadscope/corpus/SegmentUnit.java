package io.dyadscope.corpus;

/** The unit auto-coding and agreement work on. */
public enum SegmentUnit {
  sentence,
  paragraph
}
