package io.dyadscope.dossier;

/**
 * One observation cited in the dossier, listed in the evidence appendix under its id (the anchor
 * that finding trails link to).
 *
 * @param id         observation id, e.g. {@code o-1a2b3c4d5e6f}
 * @param what       indicator and subject in words
 * @param period     the period
 * @param value      the value as stored, every digit
 * @param unit       its unit
 * @param status     observed, reported or projection
 * @param source     id of the source it is attributed to (the sources table gives its citation)
 * @param reportedBy id of the document that passed it on, or empty when first-hand
 * @param location   where in that document it stands, or empty
 */
public record EvidenceEntry(String id, String what, String period, String value, String unit, String status,
    String source, String reportedBy, String location) {}
