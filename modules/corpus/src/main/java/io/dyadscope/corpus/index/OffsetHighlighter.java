package io.dyadscope.corpus.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, reading offsets from the postings, returning {@link Snippet}s with
 * document offsets instead of marked-up strings (callers mark up as their output needs).
 */
final class OffsetHighlighter extends UnifiedHighlighter {

  private static final PassageFormatter TO_SNIPPETS = new PassageFormatter() {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>();
      for (Passage p : passages) {
        List<Snippet.Match> ms = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int from = p.getMatchStarts()[i];
          int to = p.getMatchEnds()[i];
          if (from >= last) {
            ms.add(new Snippet.Match(from, to));
            last = to;
          }
        }
        out.add(new Snippet(content.substring(p.getStartOffset(), p.getEndOffset()), p.getStartOffset(),
            p.getEndOffset(), ms));
      }
      return out;
    }
  };

  OffsetHighlighter(IndexSearcher searcher) {
    super(UnifiedHighlighter.builder(searcher, CorpusAnalyzer.analyzer()).withFormatter(TO_SNIPPETS)
        .withScorer(new LeanPassageScorer())
        .withMaxLength(Integer.MAX_VALUE - 1));
  }

  /** Snippets of {@code field} for each doc id, in the order of {@code docIds}. */
  @SuppressWarnings("unchecked")
  List<List<Snippet>> snippets(String field, Query query, int[] docIds, int perDoc) throws IOException {
    int[] max = new int[] {perDoc};
    Map<String, Object[]> m = highlightFieldsAsObjects(new String[] {field}, query, docIds, max);
    List<List<Snippet>> out = new ArrayList<>();
    for (Object o : m.get(field)) {
      out.add(o == null ? List.of() : (List<Snippet>) o);
    }
    return out;
  }
}
