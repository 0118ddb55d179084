package io.dyadscope.fetch.http;

import io.dyadscope.fetch.api.ApiClient;
import io.dyadscope.fetch.api.ApiId;
import io.dyadscope.fetch.api.BadResponseException;
import io.dyadscope.fetch.api.FetchRequest;
import io.dyadscope.fetch.api.ImportInput;
import io.dyadscope.fetch.api.Page;
import io.dyadscope.fetch.api.Query;
import io.dyadscope.fetch.api.Response;
import io.dyadscope.fetch.api.Settings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches one source: its queries, every page they call for (from the cache while fresh, else over HTTP), then
 * the importer input made of all answers. Nothing is imported here; a failure anywhere fails the whole source.
 */
public final class Fetcher {

  /** What a source's fetch gave: every answer in order and the importer input made of them. */
  public record Fetched(ApiId api, List<Response> responses, ImportInput input) {

    public Fetched {
      responses = List.copyOf(responses);
    }

    /** Answers read back from the cache. */
    public long cached() {
      return responses.stream().filter(Response::fromCache).count();
    }
  }

  /** At most this many queries per source and run: a guard against a server that pages forever. */
  public static final int MAX_QUERIES = 2000;

  private final HttpGetter http;
  private final ResponseCache cache;
  private final Duration maxAge;
  private final Clock clock;

  /**
   * @param maxAge how old a cached answer may be to be used instead of asking again (zero: always ask; immutable
   *               answers such as GDELT's daily files are used at any age)
   */
  public Fetcher(HttpGetter http, ResponseCache cache, Duration maxAge, Clock clock) {
    this.http = http;
    this.cache = cache;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  public Fetched fetch(ApiClient api, FetchRequest request, Settings settings)
      throws IOException, InterruptedException, BadResponseException {
    Deque<Query> todo = new ArrayDeque<>(api.queries(request, settings));
    Set<String> seen = new HashSet<>();
    List<Response> got = new ArrayList<>();
    while (!todo.isEmpty()) {
      Query q = todo.poll();
      if (!seen.add(q.url())) {
        continue;
      }
      if (got.size() >= MAX_QUERIES) {
        throw new BadResponseException(q, "more than " + MAX_QUERIES + " queries for one source: stopped");
      }
      Optional<Response> kept = cache.get(q, maxAge, clock.instant());
      Response r;
      if (kept.isPresent()) {
        r = kept.get();
      } else {
        Response sent = http.get(api.authorize(q, settings));
        r = new Response(q, sent.body(), sent.retrievedAt(), sent.sha256(), false);
      }
      Page p = api.page(request, q, r.body(), settings);
      if (!r.fromCache()) {
        cache.put(r);
      }
      got.add(r);
      todo.addAll(p.next());
    }
    return new Fetched(api.id(), got, api.input(request, got));
  }
}
