package io.dyadscope.app.overview;

import java.util.List;

/**
 * A dyad's events by first-level division (ISO 3166-2) over a period, for a map.
 *
 * @param dyad      e.g. {@code PAK-AFG}
 * @param from      first month counted ({@code YYYY-MM}), or null for the start
 * @param to        last month counted, or null for the end
 * @param divisions each division with events, by code
 * @param unplaced  places the gazetteer could not resolve to a division (a name or a code no list knows)
 * @param notes     how some places were joined (e.g. a former division counted in today's)
 * @param sources   the event datasets counted, by citation
 */
public record EventMap(String dyad, String from, String to, List<Division> divisions, List<Unplaced> unplaced,
    List<String> notes, List<DyadOverview.SourceRef> sources) {

  public EventMap {
    divisions = List.copyOf(divisions);
    unplaced = List.copyOf(unplaced);
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
  }

  /** A division's events and fatalities (null where no dataset counting its events records deaths). */
  public record Division(String code, String name, long events, Long fatalities) {}

  /** A place as the dataset names it, with its country and events. */
  public record Unplaced(String dataset, String country, String place, long events) {}
}
