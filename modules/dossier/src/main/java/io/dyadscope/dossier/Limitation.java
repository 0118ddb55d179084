package io.dyadscope.dossier;

/**
 * A weakness of the data found automatically.
 *
 * @param kind {@code short series}, {@code single source}, {@code projections only} or {@code disagreement}
 * @param text what it concerns
 */
public record Limitation(String kind, String text) {}
