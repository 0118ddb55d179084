package io.dyadscope.corpus.analysis;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which codes occur together. Two codings of different codes in the same document co-occur when
 * their spans overlap ({@code window} 0), or when the sentences they touch are at most
 * {@code window} sentences apart. The count for a pair of codes is the number of such pairs of
 * codings.
 */
public final class CoOccurrence {

  /** A symmetric matrix of counts over {@code codes}; the diagonal is 0. */
  public record Matrix(List<String> codes, int[][] counts, int window) {
    public int count(String a, String b) {
      int i = codes.indexOf(a);
      int j = codes.indexOf(b);
      return i < 0 || j < 0 ? 0 : counts[i][j];
    }
  }

  private CoOccurrence() {}

  /**
   * @param sentences each document's sentences in order (needed when {@code window > 0})
   * @param codes     the codes to show, in order; codings of other codes are ignored
   */
  public static Matrix of(List<Coding> codings, Map<String, List<Segment>> sentences, int window, List<String> codes) {
    if (window < 0) {
      throw new IllegalArgumentException("co-occurrence window must be 0 or more sentences, not " + window);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      index.put(codes.get(i), i);
    }
    Map<String, List<Coding>> byDoc = new HashMap<>();
    for (Coding c : codings) {
      if (index.containsKey(c.codeId())) {
        byDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
      }
    }
    int[][] counts = new int[codes.size()][codes.size()];
    for (Map.Entry<String, List<Coding>> e : byDoc.entrySet()) {
      List<Coding> list = e.getValue();
      List<Segment> sents = sentences.getOrDefault(e.getKey(), List.of());
      int[][] span = new int[list.size()][];
      for (int i = 0; i < list.size(); i++) {
        span[i] = window == 0 ? null : sentenceRange(list.get(i), sents);
      }
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          Coding a = list.get(i);
          Coding b = list.get(j);
          if (a.codeId().equals(b.codeId())) {
            continue;
          }
          boolean near = window == 0 ? a.overlaps(b)
              : Math.max(span[i][0], span[j][0]) - Math.min(span[i][1], span[j][1]) <= window;
          if (near) {
            int x = index.get(a.codeId());
            int y = index.get(b.codeId());
            counts[x][y]++;
            counts[y][x]++;
          }
        }
      }
    }
    return new Matrix(List.copyOf(codes), counts, window);
  }

  /** First and last sentence index the coding touches; a coding outside every sentence takes the nearest. */
  static int[] sentenceRange(Coding c, List<Segment> sentences) {
    int first = -1;
    int last = -1;
    for (Segment s : sentences) {
      if (s.overlaps(c.start(), c.end())) {
        if (first < 0) {
          first = s.ordinal();
        }
        last = s.ordinal();
      }
    }
    if (first < 0) {
      int before = 0;
      for (Segment s : sentences) {
        if (s.start() <= c.start()) {
          before = s.ordinal();
        }
      }
      first = before;
      last = before;
    }
    return new int[] {first, last};
  }
}
