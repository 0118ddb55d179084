package io.dyadscope.fetch.api;

import java.time.Instant;

/**
 * An API's answer to a query, as retrieved (or read back from the cache).
 *
 * @param query       what was asked
 * @param body        the answer's bytes
 * @param retrievedAt when it was retrieved from the API
 * @param sha256      SHA-256 of {@code body}, hex
 * @param fromCache   true when read back from the on-disk cache
 */
public record Response(Query query, byte[] body, Instant retrievedAt, String sha256, boolean fromCache) {

  public String text() {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }
}
