package io.dyadscope.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers computed from the workspace, kept while the workspace is unchanged: a dossier takes
 * far longer to build than a request may wait under load, and the CLI may write between requests.
 *
 * <p>Whether the workspace changed is told by its stamp ({@link WorkspaceStamp}: a listing of its
 * folder). Taking the stamp costs system calls, and a busy server would take it several times per
 * request, so a stamp is reused for {@link #STAMP_REUSE_NANOS}: a write by another process shows
 * at most that much later. Writes made through this server call {@link #invalidate()} and show at once.
 */
final class ResponseCache {

  /** How long a stamp of the workspace is trusted: 100 ms. */
  static final long STAMP_REUSE_NANOS = 100_000_000L;

  private static final int MAX_ENTRIES = 256;

  private record Entry(String stamp, Object value) {}

  private record Stamp(String value, long takenAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Supplier<String> stamp;
  private final LongSupplier clock;
  private volatile Stamp last;

  ResponseCache(Supplier<String> stamp) {
    this(stamp, System::nanoTime);
  }

  /** A cache over {@code stamp}, with {@code clock} (nanoseconds) deciding when a stamp is too old to reuse. */
  ResponseCache(Supplier<String> stamp, LongSupplier clock) {
    this.stamp = stamp;
    this.clock = clock;
  }

  /** The value for {@code key}, computed by {@code compute} when absent or made before the workspace changed. */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> compute) {
    String now = stamp();
    Entry e = entries.get(key);
    if (e != null && e.stamp().equals(now)) {
      return (T) e.value();
    }
    T value = compute.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(now, value));
    return value;
  }

  /** Forgets every answer and the stamp: the workspace was just written through this server. */
  void invalidate() {
    last = null;
    entries.clear();
  }

  private String stamp() {
    Stamp s = last;
    long now = clock.getAsLong();
    if (s == null || now - s.takenAt() > STAMP_REUSE_NANOS) {
      s = new Stamp(stamp.get(), now);
      last = s;
    }
    return s.value();
  }
}
