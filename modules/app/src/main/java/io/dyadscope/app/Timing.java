package io.dyadscope.app;

import java.io.PrintStream;

/**
 * Where a command's time goes, for start-up work: with the environment variable
 * {@code DYADSCOPE_TIMING} set, each {@link #mark} prints to stderr the milliseconds since the first
 * mark (the command-line entry point makes it) and since the previous one. Off (and nearly free)
 * otherwise; figures belong in benchmarks, this only shows where to look. The JVM's own start-up
 * before the entry point is what {@code dyadscope --version} costs.
 */
public final class Timing {

  private static final boolean ON = System.getenv("DYADSCOPE_TIMING") != null;
  private static final PrintStream ERR = System.err;
  private static long first;
  private static long last;

  private Timing() {}

  /** Notes that {@code phase} has just ended. */
  public static synchronized void mark(String phase) {
    if (!ON) {
      return;
    }
    long now = System.nanoTime();
    if (first == 0) {
      first = now;
      last = now;
    }
    ERR.printf("timing: %6d ms  %+6d ms  %s%n", (now - first) / 1_000_000, (now - last) / 1_000_000, phase);
    last = now;
  }
}
