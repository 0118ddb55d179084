package io.dyadscope.dossier.corpus;

import java.util.List;

/**
 * What the texts give one lens: the number of theme passages read through it, the themes it
 * touches most (ids, most passages first) and the quoted excerpts it rests on (their refs).
 */
public record LensDiscussion(CodeLabel lens, int passages, List<String> leadingThemes, List<String> citedRefs) {
  public LensDiscussion {
    leadingThemes = List.copyOf(leadingThemes);
    citedRefs = List.copyOf(citedRefs);
  }
}
