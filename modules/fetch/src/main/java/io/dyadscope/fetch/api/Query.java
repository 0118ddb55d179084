package io.dyadscope.fetch.api;

import java.util.Map;
import java.util.Objects;

/**
 * One request to an API. The {@code url} is what provenance, the cache key and {@code --dry-run} show:
 * it never holds a secret. Keys and tokens go in {@code secretParams} (appended to the address only
 * when the request is sent) or {@code secretHeaders}.
 *
 * @param api           the API asked
 * @param url           the request's address, without secrets
 * @param secretParams  query parameters added when sending (ACLED's key and email)
 * @param secretHeaders headers added when sending (UCDP's token, Comtrade's subscription key)
 * @param immutable     true when the answer never changes (a GDELT export file), so a cached copy is always good
 */
public record Query(ApiId api, String url, Map<String, String> secretParams, Map<String, String> secretHeaders,
    boolean immutable) {

  public Query {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(url, "url");
    secretParams = Map.copyOf(secretParams);
    secretHeaders = Map.copyOf(secretHeaders);
  }

  public static Query of(ApiId api, String url) {
    return new Query(api, url, Map.of(), Map.of(), false);
  }

  public Query withSecrets(Map<String, String> params, Map<String, String> headers) {
    return new Query(api, url, params, headers, immutable);
  }

  @Override
  public String toString() {
    return url;
  }
}
