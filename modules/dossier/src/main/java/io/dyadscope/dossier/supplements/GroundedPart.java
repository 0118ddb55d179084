package io.dyadscope.dossier.supplements;

import io.dyadscope.dossier.corpus.GroundedSection;
import java.util.List;
import java.util.Optional;

/**
 * The qualitative section grounded in coded texts, ready to print: the section itself, the table of
 * coded passages by theme and lens (absent without documents), and one paragraph per lens citing
 * the excerpts it rests on.
 */
public record GroundedPart(GroundedSection section, Optional<GridTable> byLens, List<String> lensText) {
  public GroundedPart {
    lensText = List.copyOf(lensText);
  }
}
