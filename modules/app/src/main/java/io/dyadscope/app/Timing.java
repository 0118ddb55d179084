package io.dyadscope.app;

import java.io.PrintStream;

/**
 * Where a command's time goes, for start-up work: with the environment variable
 * {@code DYADSCOPE_TIMING} set, each {@link #mark} prints to stderr the milliseconds since the JVM
 * started and since the previous mark. Off (and nearly free) otherwise; figures belong in
 * benchmarks, this only shows where to look.
 */
public final class Timing {

  private static final boolean ON = System.getenv("DYADSCOPE_TIMING") != null;
  private static final PrintStream ERR = System.err;
  private static long start;
  private static long last;

  private Timing() {}

  /** Notes that {@code phase} has just ended. */
  public static synchronized void mark(String phase) {
    if (!ON) {
      return;
    }
    long now = System.currentTimeMillis();
    if (start == 0) {
      // read after the clock: loading the management classes is not part of the phase that ended
      start = startMillis();
      last = start;
    }
    long since = now - start;
    ERR.printf("timing: %6d ms since JVM start  %+6d ms  %s%n", since, now - last, phase);
    last = now;
  }

  /** When this JVM started (the management bean is loaded only when timing is on). */
  private static long startMillis() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
