package io.dyadscope.corpus.analysis;

import io.dyadscope.corpus.Coding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Themes read through lenses: for each theme and lens, the number of passages coded with the theme
 * that overlap a passage coded with the lens (in the same document).
 */
public final class ThemeLensTable {

  /** Counts[theme][lens], plus each theme's passages in all ({@code themeTotals}). */
  public record Table(List<String> themes, List<String> lenses, int[][] counts, int[] themeTotals) {
    public int count(String theme, String lens) {
      return counts[themes.indexOf(theme)][lenses.indexOf(lens)];
    }
  }

  private ThemeLensTable() {}

  public static Table of(List<Coding> codings, List<String> themes, List<String> lenses) {
    Map<String, List<Coding>> lensByDoc = lensCodingsByDocument(codings, lenses);
    int[][] counts = new int[themes.size()][lenses.size()];
    int[] totals = new int[themes.size()];
    for (Coding t : codings) {
      int ti = themes.indexOf(t.codeId());
      if (ti < 0) {
        continue;
      }
      totals[ti]++;
      boolean[] seen = new boolean[lenses.size()];
      for (Coding l : lensByDoc.getOrDefault(t.documentId(), List.of())) {
        int li = lenses.indexOf(l.codeId());
        if (!seen[li] && l.overlaps(t)) {
          seen[li] = true;
          counts[ti][li]++;
        }
      }
    }
    return new Table(List.copyOf(themes), List.copyOf(lenses), counts, totals);
  }

  /**
   * The passages behind one cell of the table: the codings of {@code theme} that overlap a coding
   * of {@code lens} in the same document, or every coding of the theme (its total) when
   * {@code lens} is null; in the order given.
   */
  public static List<Coding> passages(List<Coding> codings, String theme, String lens) {
    Map<String, List<Coding>> lensByDoc = lens == null ? Map.of() : lensCodingsByDocument(codings, List.of(lens));
    List<Coding> out = new ArrayList<>();
    for (Coding t : codings) {
      if (t.codeId().equals(theme) && (lens == null
          || lensByDoc.getOrDefault(t.documentId(), List.of()).stream().anyMatch(l -> l.overlaps(t)))) {
        out.add(t);
      }
    }
    return out;
  }

  private static Map<String, List<Coding>> lensCodingsByDocument(List<Coding> codings, List<String> lenses) {
    Map<String, List<Coding>> lensByDoc = new HashMap<>();
    for (Coding c : codings) {
      if (lenses.contains(c.codeId())) {
        lensByDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
      }
    }
    return lensByDoc;
  }
}
