package io.dyadscope.app;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Where a command's time goes, for start-up work: with the environment variable
 * {@code DYADSCOPE_TIMING} set, each {@link #mark} prints to stderr the milliseconds since the JVM
 * started and since the previous mark. Off (and nearly free) otherwise; figures belong in
 * benchmarks, this only shows where to look.
 */
public final class Timing {

  private static final boolean ON = System.getenv("DYADSCOPE_TIMING") != null;
  private static final PrintStream ERR = System.err;
  private static final long START = ON ? startMillis() : 0;
  private static long last = START;

  private Timing() {}

  /** Notes that {@code phase} has just ended. */
  public static synchronized void mark(String phase) {
    if (!ON) {
      return;
    }
    long now = System.currentTimeMillis();
    long since = now - START;
    ERR.printf("timing: %6d ms since JVM start  %+6d ms  %s%n", since, now - last, phase);
    last = now;
  }

  /** When this JVM started, as the operating system tells (to the clock tick); now when it does not. */
  private static long startMillis() {
    Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    return start.toEpochMilli();
  }
}
