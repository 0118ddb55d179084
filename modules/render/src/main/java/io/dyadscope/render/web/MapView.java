package io.dyadscope.render.web;

import io.dyadscope.render.chart.MapPlot;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The map page ({@code web/map.jte}): the dyad's events by first-level division over the chosen
 * months ({@code from}, {@code to}: null for open), shaded by events or fatalities, with the
 * divisions' outlines, the places that could not be placed, notes, the short citations of the
 * sources and the boundaries' attribution.
 */
public record MapView(String first, String second, String from, String to, boolean fatalities,
    List<MapPlot.Outline> outlines, List<Division> divisions, List<Unplaced> unplaced, List<String> notes,
    String sources, String attribution) {

  /** A division's events and fatalities (null where no dataset counting its events records deaths). */
  public record Division(String code, long events, Long fatalities) {}

  /** Events at a place no list resolves to a first-level division. */
  public record Unplaced(String dataset, String country, String place, long events) {}

  /** The measure shaded, as a heading word. */
  public String what() {
    return fatalities ? "Fatalities" : "Events";
  }

  /** The months shown, in words. */
  public String period() {
    if (from == null && to == null) {
      return "over every month imported";
    }
    return "from " + (from == null ? "the start" : from) + " to " + (to == null ? "the end" : to);
  }

  /** The divisions by code (a code listed twice is an error of the caller). */
  public Map<String, Division> byCode() {
    return divisions.stream().collect(Collectors.toMap(Division::code, Function.identity()));
  }

  /** The choropleth: each division's events, or its fatalities. */
  public MapPlot plot() {
    return new MapPlot(what(), outlines, divisions.stream().map(d -> new MapPlot.Count(d.code(),
        fatalities ? d.fatalities() : Long.valueOf(d.events()))).toList());
  }
}
