package io.dyadscope.dossier;

/**
 * A source as listed in the dossier's data section.
 *
 * @param id           source id
 * @param citation     full citation
 * @param publisher    publishing body
 * @param kind         kind of body, as its label
 * @param grade        credibility grade letter
 * @param year         publication year, 0 when unknown
 * @param observations observations attributed to it
 * @param passedOn     observations of other sources it passed on (as reporting source)
 */
public record SourceRow(String id, String citation, String publisher, String kind, String grade, int year,
    int observations, int passedOn) {}
