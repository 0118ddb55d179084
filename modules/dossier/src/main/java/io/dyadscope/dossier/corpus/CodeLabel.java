package io.dyadscope.dossier.corpus;

/** A theme or lens of the codebook: its id and the name shown to readers. */
public record CodeLabel(String id, String name) {}
