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
 * @param observations distinct facts credited to it
 * @param passedOn     distinct facts of other sources it passed on (as reporting source)
 * @param seenThrough  short citations of the documents its figures were read in, when none of them was read
 *                     in the source itself (the grade is then the source's, not of data held); else empty
 */
public record SourceRow(String id, String citation, String publisher, String kind, String grade, int year,
    int observations, int passedOn, String seenThrough) {

  /** True when every figure of this source reached the workspace through another document. */
  public boolean secondHand() {
    return !seenThrough.isEmpty();
  }
}
