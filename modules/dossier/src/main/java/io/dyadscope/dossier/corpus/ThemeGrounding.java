package io.dyadscope.dossier.corpus;

import java.util.List;
import java.util.Map;

/**
 * One theme in the texts: how many passages were coded with it, how many of those each lens also
 * covers, and the strongest excerpts.
 */
public record ThemeGrounding(CodeLabel theme, int passages, int documents, Map<String, Integer> byLens,
    List<GroundedExcerpt> excerpts) {
  public ThemeGrounding {
    byLens = Map.copyOf(byLens);
    excerpts = List.copyOf(excerpts);
  }
}
