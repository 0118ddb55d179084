package io.dyadscope.audit.extract;

import io.dyadscope.evidence.Period;

/**
 * A sentence saying which way a quantity moves without giving its numbers: "trade volumes are
 * projected to expand until 2024", "smaller trade growth for 2024".
 *
 * @param line      1-based line of the trend word
 * @param excerpt   the sentence
 * @param indicator the quantity
 * @param subject   what it is about
 * @param direction the direction stated
 * @param word      the trend word as written
 * @param target    the period the trend reaches
 * @param since     the period it starts from, or null for "the latest figure before"
 */
public record TrendStatement(int line, String excerpt, String indicator, String subject, Direction direction,
    String word, Period target, Period since) {}
