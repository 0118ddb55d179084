package io.dyadscope.cli;

import io.dyadscope.importers.Progress;
import java.io.PrintWriter;

/**
 * A progress bar on standard error for long files ({@value #MIN_LINES} lines or more): redrawn in
 * place, ended with a newline, silent for short files so that ordinary imports print nothing extra.
 */
final class ProgressBar implements Progress {

  static final int MIN_LINES = 20_000;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private int shown = -1;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public void advance(long done, long total) {
    if (total < MIN_LINES) {
      return;
    }
    int pct = (int) Math.min(100, done * 100 / total);
    if (pct == shown) {
      return;
    }
    shown = pct;
    int filled = pct * WIDTH / 100;
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pct + "% (" + done + "/"
        + total + " lines)");
    if (pct == 100) {
      err.println();
    }
    err.flush();
  }
}
