package io.dyadscope.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers computed from the workspace, kept while the workspace is unchanged: a dossier takes
 * far longer to build than a request may wait under load, and the CLI may write between requests.
 */
final class ResponseCache {

  private static final int MAX_ENTRIES = 256;

  private record Entry(String stamp, Object value) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Supplier<String> stamp;

  ResponseCache(Supplier<String> stamp) {
    this.stamp = stamp;
  }

  /** The value for {@code key}, computed by {@code compute} when absent or made before the workspace changed. */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> compute) {
    String now = stamp.get();
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
}
