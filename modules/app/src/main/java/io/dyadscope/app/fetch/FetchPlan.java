package io.dyadscope.app.fetch;

import io.dyadscope.fetch.api.ApiClient;
import io.dyadscope.fetch.api.FetchRequest;
import io.dyadscope.fetch.api.Query;
import io.dyadscope.fetch.api.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code fetch --dry-run} shows of one source: its first queries (public addresses, no credentials) and how
 * paging goes on, or why it cannot be asked (no Gleditsch-Ward number for a country, say).
 */
public record FetchPlan(String api, List<String> queries, String paging, String problem) {

  public FetchPlan {
    queries = List.copyOf(queries);
  }

  static FetchPlan of(ApiClient api, FetchRequest r, Settings s) {
    try {
      return new FetchPlan(api.id().id(), api.queries(r, s).stream().map(Query::url).toList(), api.pagingNote(), "");
    } catch (IllegalArgumentException e) {
      return new FetchPlan(api.id().id(), List.of(), api.pagingNote(), e.getMessage());
    }
  }

  /** Lines for the terminal. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    out.add(api + ":");
    if (!problem.isEmpty()) {
      out.add("  cannot ask: " + problem);
      return out;
    }
    queries.forEach(q -> out.add("  GET " + q));
    out.add("  (" + paging + ")");
    return out;
  }
}
