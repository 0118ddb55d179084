package io.dyadscope.store;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a workspace is opened: for reading only (any number of processes at once) or for writing
 * (one process alone), and how long to wait while another process holds the file.
 *
 * @param readOnly true to open for reading only
 * @param patience how long to keep trying while the file is busy; zero fails at once
 * @param waiting  told once, in words for a user, when opening has to wait
 */
public record Access(boolean readOnly, Duration patience, Consumer<String> waiting) {

  public Access {
    Objects.requireNonNull(patience, "patience");
    if (patience.isNegative()) {
      throw new IllegalArgumentException("patience must not be negative: " + patience);
    }
    waiting = waiting == null ? message -> { } : waiting;
  }

  /** Reading, failing at once when busy. */
  public static Access reader() {
    return new Access(true, Duration.ZERO, null);
  }

  /** Writing, failing at once when busy. */
  public static Access writer() {
    return new Access(false, Duration.ZERO, null);
  }

  /** The same wait, for writing. */
  public Access asWriter() {
    return new Access(false, patience, waiting);
  }

  /** The same mode, waiting up to {@code patience} and telling {@code waiting} when it does. */
  public Access waitingUpTo(Duration patience, Consumer<String> waiting) {
    return new Access(readOnly, patience, waiting);
  }
}
