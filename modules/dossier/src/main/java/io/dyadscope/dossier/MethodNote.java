package io.dyadscope.dossier;

/**
 * A note on how the dossier was computed.
 *
 * @param title what the note is about
 * @param text  the note
 */
public record MethodNote(String title, String text) {}
