package io.dyadscope.events.picture;

/**
 * Events with actors of one country in the other, in one period.
 *
 * @param period     {@code YYYY-MM} or {@code YYYY}
 * @param dataset    acled, ucdp or gdelt
 * @param actorsOf   the country whose actors took part
 * @param in         the country where it happened
 * @param events     rows (GDELT raw)
 * @param collapsed  GDELT root events, near-duplicates collapsed; else equal to events
 * @param fatalities deaths, or null where the dataset records none
 */
public record CrossBorder(String period, String dataset, String actorsOf, String in, long events, long collapsed,
    Long fatalities) {}
