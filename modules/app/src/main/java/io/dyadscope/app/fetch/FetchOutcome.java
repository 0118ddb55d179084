package io.dyadscope.app.fetch;

import java.util.List;

/**
 * What fetching one source did.
 *
 * @param api      the source
 * @param imported true when its answers were imported; false when it failed and changed nothing
 * @param lines    what to tell the user: the queries' count, the import's summary and changes, or the failure
 */
public record FetchOutcome(String api, boolean imported, List<String> lines) {

  public FetchOutcome {
    lines = List.copyOf(lines);
  }
}
