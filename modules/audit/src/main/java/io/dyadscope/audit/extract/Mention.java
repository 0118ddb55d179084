package io.dyadscope.audit.extract;

/**
 * A named thing found in a token list: a country (alpha-3 code), a province (ISO 3166-2 code) or
 * an initiative (its acronym).
 *
 * @param first index of its first token
 * @param last  index of its last token (inclusive)
 * @param code  what it names
 */
public record Mention(int first, int last, String code) {}
