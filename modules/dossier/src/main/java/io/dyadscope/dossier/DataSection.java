package io.dyadscope.dossier;

import java.util.List;

/**
 * What the dossier rests on.
 *
 * @param observations distinct facts of the dyad ({@link io.dyadscope.dossier.primary.Facts}): a figure
 *                     stated several times counts once
 * @param facts        of which observed or reported
 * @param projections  of which published projections
 * @param indicators   distinct indicators with observations
 * @param firstPeriod  earliest period, or empty without data
 * @param lastPeriod   latest period, or empty without data
 * @param sources      the sources cited by observations, by id
 * @param limitations  weaknesses found in the data
 * @param mentions     stored observations, each mention of a fact one
 */
public record DataSection(int observations, int facts, int projections, int indicators, String firstPeriod,
    String lastPeriod, List<SourceRow> sources, List<Limitation> limitations, int mentions) {

  public DataSection {
    sources = List.copyOf(sources);
    limitations = List.copyOf(limitations);
  }
}
