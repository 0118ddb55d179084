package io.dyadscope.events.picture;

/**
 * An actor or a place with its number of events.
 *
 * @param dataset    acled, ucdp or gdelt
 * @param name       actor name, or {@code ISO: admin1} for a place
 * @param country    the actor's or place's country, or empty
 * @param events     events (GDELT raw rows)
 * @param fatalities deaths, or null where the dataset records none
 */
public record Ranked(String dataset, String name, String country, long events, Long fatalities) {}
