package io.dyadscope.events.picture;

/**
 * Events of one type in one period.
 *
 * @param period     {@code YYYY-MM} or {@code YYYY}
 * @param dataset    acled, ucdp or gdelt
 * @param kind       what the type is: {@code event_type}, {@code sub_event_type} (ACLED), {@code violence}
 *                   (UCDP), {@code quad_class}, {@code cameo_root} (GDELT)
 * @param type       the type's value (GDELT: the QuadClass or root code with its CAMEO label)
 * @param events     rows (GDELT: raw rows, one per article pattern)
 * @param collapsed  GDELT root events with near-duplicates collapsed; the other datasets: equal to events
 * @param fatalities deaths (UCDP best), or null where the dataset records none
 * @param low        UCDP low estimate (else equal to fatalities)
 * @param high       UCDP high estimate (else equal to fatalities)
 */
public record TypeCount(String period, String dataset, String kind, String type, long events, long collapsed,
    Long fatalities, Long low, Long high) {}
