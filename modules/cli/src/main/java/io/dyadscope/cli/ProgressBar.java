package io.dyadscope.cli;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.importers.Progress;
import java.io.PrintWriter;

/**
 * A progress bar on standard error for long imports: silent for the first second (short imports
 * print nothing), then redrawn in place at most five times a second, its line ended by
 * {@link #finish()}. Importers report lines of a file, the event reader bytes and rows.
 */
final class ProgressBar implements Progress, EventReader.Progress {

  /** Silent this long; the property {@code dyadscope.progressQuietMillis} shortens it (tests draw at once). */
  private final long quietNanos = Long.getLong("dyadscope.progressQuietMillis", 1000L) * 1_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long start = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public void advance(long done, long total) {
    draw(total <= 0 ? 0 : (double) done / total, Figures.count(done) + " of " + Figures.count(total) + " lines");
  }

  @Override
  public void update(long bytesRead, long bytesTotal, long rows) {
    draw(bytesTotal <= 0 ? 0 : (double) bytesRead / bytesTotal, Figures.count(rows) + " rows");
  }

  private void draw(double share, String count) {
    long now = System.nanoTime();
    if (now - start < quietNanos || (drawn && now - lastDrawn < REDRAW_NANOS)) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    double s = Math.max(0, Math.min(1, share));
    int filled = (int) Math.round(s * WIDTH);
    err.printf("\r%s [%s%s] %3d%%  %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled), Math.round(s * 100),
        count);
    err.flush();
  }

  /** Ends the bar's line, if one was drawn (once: later calls do nothing). */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }
}
