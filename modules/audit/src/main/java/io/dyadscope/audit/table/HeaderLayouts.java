package io.dyadscope.audit.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways to lay the pieces of one header line over a run of columns, for {@link HeaderSplitter}
 * to score: merging neighbouring pieces when there are more pieces than columns, leaving columns
 * empty when there are fewer. At most {@value #MAX_OPTIONS} ways are enumerated.
 */
final class HeaderLayouts {

  static final int MAX_OPTIONS = 400;

  private HeaderLayouts() {}

  /**
   * Ways to lay {@code pieces} over {@code k} columns: merging neighbours when there are more
   * pieces than columns; when fewer and {@code spread}, leaving some columns empty.
   */
  static List<String[]> fit(List<String> pieces, int k, boolean spread) {
    List<String[]> out = new ArrayList<>();
    int s = pieces.size();
    if (s == 0) {
      String[] e = new String[k];
      java.util.Arrays.fill(e, "");
      out.add(e);
      return out;
    }
    if (s >= k) {
      // Choose k-1 of the s-1 cuts to keep.
      cuts(pieces, k, 1, new int[k - 1], 0, out);
      return out;
    }
    if (!spread) {
      out.add(pieces.toArray(new String[0]));
      return out;
    }
    place(pieces, k, 0, 0, new String[k], out);
    return out;
  }

  private static void cuts(List<String> pieces, int k, int from, int[] chosen, int depth, List<String[]> out) {
    if (out.size() >= MAX_OPTIONS) {
      return;
    }
    int s = pieces.size();
    if (depth == k - 1) {
      String[] cols = new String[k];
      int start = 0;
      for (int c = 0; c < k; c++) {
        int end = c < k - 1 ? chosen[c] : s;
        cols[c] = String.join(" ", pieces.subList(start, end));
        start = end;
      }
      out.add(cols);
      return;
    }
    for (int cut = from; cut <= s - (k - 1 - depth); cut++) {
      chosen[depth] = cut;
      cuts(pieces, k, cut + 1, chosen, depth + 1, out);
    }
  }

  private static void place(List<String> pieces, int k, int piece, int col, String[] cur, List<String[]> out) {
    if (piece == pieces.size()) {
      String[] c = cur.clone();
      for (int i = 0; i < k; i++) {
        if (c[i] == null) {
          c[i] = "";
        }
      }
      out.add(c);
      return;
    }
    for (int j = col; j <= k - (pieces.size() - piece); j++) {
      String[] next = cur.clone();
      for (int e = col; e < j; e++) {
        next[e] = "";
      }
      next[j] = pieces.get(piece);
      place(pieces, k, piece + 1, j + 1, next, out);
    }
  }
}
