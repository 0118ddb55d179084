package io.dyadscope.corpus.index;

/**
 * One occurrence of a keyword in context: {@code keyword} is the document's chars
 * {@code [start, end)}; {@code left} and {@code right} are up to the configured width of text on
 * either side, line breaks shown as spaces.
 */
public record KwicLine(String documentId, int start, int end, String left, String keyword, String right) {}
