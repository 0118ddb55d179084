package io.dyadscope.events.picture;

/**
 * GDELT interactions from one state's actors to the other's in one period.
 *
 * @param period        {@code YYYY-MM} or {@code YYYY}
 * @param from          actor 1's country
 * @param to            actor 2's country
 * @param events        raw rows
 * @param collapsed     root events, near-duplicates collapsed
 * @param goldsteinMean mean Goldstein scale over the raw rows
 * @param toneWeighted  AvgTone weighted by NumMentions
 */
public record InteractionDirection(String period, String from, String to, long events, long collapsed, double goldsteinMean,
    double toneWeighted) {}
