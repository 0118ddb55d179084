package io.dyadscope.fetch.http;

import java.time.Duration;

/**
 * How often and how long to retry an answer of 429 (too many requests) or 5xx: at most {@code attempts} tries,
 * waiting {@code firstWait}, then twice as long each time, or what the server's {@code Retry-After} asks, but
 * never more than {@code maxWait} at once.
 */
public record Retry(int attempts, Duration firstWait, Duration maxWait) {

  public Retry {
    if (attempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /** Four tries, waiting 2, 4 and 8 seconds (or Retry-After, up to a minute). */
  public static Retry standard() {
    return new Retry(4, Duration.ofSeconds(2), Duration.ofSeconds(60));
  }

  /** The wait before try {@code attempt + 1} (attempt counts from 1), given the server's Retry-After seconds or -1. */
  public Duration pause(int attempt, long retryAfterSeconds) {
    Duration d = retryAfterSeconds >= 0 ? Duration.ofSeconds(retryAfterSeconds)
        : firstWait.multipliedBy(1L << Math.min(attempt - 1, 20));
    return d.compareTo(maxWait) > 0 ? maxWait : d;
  }

  public static boolean retryable(int status) {
    return status == 429 || status >= 500 && status <= 599;
  }
}
