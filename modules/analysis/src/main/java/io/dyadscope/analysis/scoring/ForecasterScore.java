package io.dyadscope.analysis.scoring;

/**
 * How one forecaster did over all its scored projections.
 *
 * @param forecaster            who
 * @param scored                projections scored
 * @param meanAbsolutePercentError mean of |percent error| over those with a non-zero outturn, NaN if none
 * @param withInterval          projections that gave an 80% interval
 * @param inside80              of those, how many held the outturn
 */
public record ForecasterScore(String forecaster, int scored, double meanAbsolutePercentError, int withInterval,
    int inside80) {}
