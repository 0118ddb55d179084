package io.dyadscope.dossier.corpus;

import java.util.List;

/**
 * The dossier's qualitative section, grounded in coded texts: per theme the passages by lens and
 * the strongest excerpts; per lens the discussion's citations. When the corpus has no documents,
 * {@code themes} and {@code lenses} are empty and {@code howToAdd} says how to add them.
 */
public record GroundedSection(int documents, int passages, List<ThemeGrounding> themes, List<LensDiscussion> lenses,
    String howToAdd) {
  public GroundedSection {
    themes = List.copyOf(themes);
    lenses = List.copyOf(lenses);
    howToAdd = howToAdd == null ? "" : howToAdd;
  }

  public boolean isEmpty() {
    return documents == 0;
  }
}
