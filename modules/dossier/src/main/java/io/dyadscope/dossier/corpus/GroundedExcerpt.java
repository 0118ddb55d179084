package io.dyadscope.dossier.corpus;

import java.util.List;

/**
 * An excerpt the dossier quotes, with its document, date and publisher, and the lenses it was also
 * coded with. {@code ref} is a short citation key ({@code P1}, {@code P2}, ...) that the lens
 * discussion uses to cite it.
 */
public record GroundedExcerpt(String ref, CodedPassage passage, List<String> lenses) {
  public GroundedExcerpt {
    lenses = List.copyOf(lenses);
  }
}
