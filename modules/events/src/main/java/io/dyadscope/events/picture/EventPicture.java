package io.dyadscope.events.picture;

import java.util.List;

/**
 * The dyad's event picture: what the store computes in SQL and the CLI and dossier show.
 *
 * @param dyad         e.g. {@code PAK-AFG}
 * @param by           {@code month} or {@code year}
 * @param types        counts by type and period
 * @param directions   GDELT interactions between the two states' actors, both directions
 * @param crossBorder  cross-border events by period
 * @param gdelt        GDELT raw versus collapsed counts by period
 * @param actors       top actors
 * @param places       top first-level divisions
 * @param agreements   agreement between datasets covering the same months
 * @param datasets     datasets with events for the dyad, with their first and last period
 */
public record EventPicture(String dyad, String by, List<TypeCount> types, List<InteractionDirection> directions,
    List<CrossBorder> crossBorder, List<GdeltVolume> gdelt, List<Ranked> actors, List<Ranked> places,
    List<Agreement> agreements, List<Coverage> datasets) {

  /** @throws IllegalArgumentException when {@code by} is neither {@code month} nor {@code year} */
  public EventPicture {
    if (!by.equals("month") && !by.equals("year")) {
      // periods are read and charted by this word: anything else would be drawn on the wrong axis
      throw new IllegalArgumentException("an event picture is by month or by year, not '" + by + "'");
    }
    // Defensive copies: every list component is frozen so the picture stays as computed whatever the
    // caller does with its lists; each record names its own fields, so there is nothing to share.
    types = List.copyOf(types);
    directions = List.copyOf(directions);
    crossBorder = List.copyOf(crossBorder);
    gdelt = List.copyOf(gdelt);
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    agreements = List.copyOf(agreements);
    datasets = List.copyOf(datasets);
  }

  /** A dataset's events for the dyad. */
  public record Coverage(String dataset, long events, String first, String last) {}

  public boolean isEmpty() {
    return datasets.isEmpty();
  }
}
