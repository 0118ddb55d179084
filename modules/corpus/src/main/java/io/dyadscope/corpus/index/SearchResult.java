package io.dyadscope.corpus.index;

import java.util.List;

/** The hits of a search (at most the limit asked for) and how many documents matched in all. */
public record SearchResult(String query, long totalHits, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
