package io.dyadscope.importers;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.util.Objects;

/**
 * A publisher's reader that checks what it reads against the reference data: countries against
 * the gazetteer, indicators against the catalogue. Holds the two and the format's word.
 */
public abstract class ReferenceReader implements StatisticsReader {

  private final String word;
  protected final Gazetteer gazetteer;
  protected final IndicatorCatalogue catalogue;

  protected ReferenceReader(String word, Gazetteer gazetteer, IndicatorCatalogue catalogue) {
    this.word = word;
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  @Override
  public final String word() {
    return word;
  }
}
