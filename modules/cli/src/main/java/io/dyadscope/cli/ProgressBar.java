package io.dyadscope.cli;

import io.dyadscope.events.read.EventReader;
import java.io.PrintWriter;

/**
 * A progress bar on standard error for long imports: silent for the first second (short imports
 * print nothing), then redrawn at most five times a second.
 */
final class ProgressBar implements EventReader.Progress {

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void update(long bytesRead, long bytesTotal, long rows) {
    long now = System.nanoTime();
    if (now - start < QUIET_NANOS || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    double share = bytesTotal <= 0 ? 0 : Math.min(1, (double) bytesRead / bytesTotal);
    int filled = (int) Math.round(share * WIDTH);
    err.printf("\rimporting [%s%s] %3d%%  %,d rows", "#".repeat(filled), " ".repeat(WIDTH - filled),
        Math.round(share * 100), rows);
    err.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
