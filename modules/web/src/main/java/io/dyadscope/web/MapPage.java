package io.dyadscope.web;

import io.dyadscope.app.overview.EventMap;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import io.dyadscope.render.web.DashboardPages;
import io.dyadscope.render.web.MapView;
import java.util.List;

/**
 * {@code /d/D/map?from=YYYY-MM&to=YYYY-MM&measure=events|fatalities}: the dyad's events on a map of
 * both countries' first-level divisions, the period and measure chosen in a form (no script), with
 * the counts as a table, the places that could not be placed, the sources and the map's attribution.
 * This class checks the request and gathers the {@link MapView}; {@link DashboardPages} draws it.
 */
final class MapPage {

  private final Dashboard dashboard;

  MapPage(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  String page(Dyad dyad, Period fromOrNull, Period toOrNull, String measureOrNull) {
    dashboard.requireKnown(dyad);
    if (fromOrNull != null && toOrNull != null && fromOrNull.compareTo(toOrNull) > 0) {
      throw new Params.BadRequest("from " + fromOrNull + " is after to " + toOrNull);
    }
    String measure = measureOrNull == null ? "events" : measureOrNull;
    if (!measure.equals("events") && !measure.equals("fatalities")) {
      throw new Params.BadRequest("measure must be events or fatalities: '" + Params.shorten(measure) + "'");
    }
    EventMap m = dashboard.eventMap(dyad, fromOrNull, toOrNull);
    MapShapes shapes = MapShapes.standard();
    return DashboardPages.map(dyad.id(), new MapView(dyad.first(), dyad.second(), m.from(), m.to(),
        measure.equals("fatalities"), shapes.of(List.of(dyad.first(), dyad.second())),
        m.divisions().stream().map(d -> new MapView.Division(d.code(), d.events(), d.fatalities())).toList(),
        m.unplaced().stream().map(u -> new MapView.Unplaced(u.dataset(), u.country(), u.place(), u.events())).toList(),
        m.notes(), OverviewPages.shortCitations(m.sources()), shapes.attribution()));
  }
}
