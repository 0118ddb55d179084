package io.dyadscope.corpus.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's BM25-like passage score (per distinct term: weight by the term's frequency in the
 * document, times a saturating frequency in the passage; times a norm favouring early passages),
 * computed without the hash table that Lucene 9.12's {@code PassageScorer.score} allocates for
 * every passage: on long documents that allocation dominated highlighting time.
 */
final class LeanPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    float score = 0;
    for (int i = 0; i < n; i++) {
      boolean counted = false;
      for (int j = 0; j < i && !counted; j++) {
        counted = terms[j].bytesEquals(terms[i]);
      }
      if (counted) {
        continue;
      }
      int inPassage = 1;
      for (int j = i + 1; j < n; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          inPassage++;
        }
      }
      score += weight(contentLength, freqsInDoc[i]) * tf(inPassage, passage.getLength());
    }
    return score * norm(passage.getStartOffset());
  }
}
