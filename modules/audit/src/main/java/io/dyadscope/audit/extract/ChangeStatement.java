package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.vocabulary.StrengthWords;
import io.dyadscope.evidence.Period;

/**
 * A sentence saying a quantity rose or fell: "rose from X in 2019 to Y in 2021", "increased to X
 * from Y", "fell 10%", "dropped to X in 2023".
 *
 * @param line      1-based line of the direction word
 * @param excerpt   the sentence
 * @param indicator the quantity that moved
 * @param subject   what it is about (as in {@link Claim#subject()})
 * @param direction the direction stated
 * @param word      the direction word as written
 * @param from      the starting value, or null
 * @param to        the end value, or null
 * @param percent   the percentage change stated, or null
 * @param period    the period the change ends in, or null
 * @param strength  a word saying how much it moved ("sharply", "slightly"), or null
 */
public record ChangeStatement(int line, String excerpt, String indicator, String subject, Direction direction,
    String word, Claim from, Claim to, Amount percent, Period period,
    StrengthWords.Bounds strength) {}
