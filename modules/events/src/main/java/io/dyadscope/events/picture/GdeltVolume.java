package io.dyadscope.events.picture;

/**
 * GDELT rows of the dyad in one period: raw, root events, and root events with near-duplicates
 * (same day, actors, CAMEO code and place) collapsed. The charts use the collapsed count.
 */
public record GdeltVolume(String period, long raw, long rootEvents, long collapsed) {}
