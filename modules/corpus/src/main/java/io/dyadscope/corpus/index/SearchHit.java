package io.dyadscope.corpus.index;

import java.util.List;

/** A document matching a search, best first, with highlighted snippets of its text. */
public record SearchHit(String documentId, String title, String kind, String date, String publisher, float score,
    List<Snippet> snippets) {
  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
