package io.dyadscope.importers;

/** Told how far a long read has got; a command shows it, tests ignore it. */
@FunctionalInterface
public interface Progress {

  Progress NONE = (done, total) -> { };

  /**
   * @param done  lines read so far
   * @param total lines in the file
   */
  void advance(long done, long total);
}
