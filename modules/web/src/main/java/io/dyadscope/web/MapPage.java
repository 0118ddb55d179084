package io.dyadscope.web;

import static io.dyadscope.evidence.text.Markup.escape;

import io.dyadscope.app.overview.EventMap;
import io.dyadscope.app.overview.EventMap.Division;
import io.dyadscope.app.overview.EventMap.Unplaced;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.web.MapShapes.Shape;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /d/D/map?from=YYYY-MM&to=YYYY-MM&measure=events|fatalities}: the dyad's events on a map of
 * both countries' first-level divisions, the period and measure chosen in a form (no script), with
 * the counts as a table, the places that could not be placed, the sources and the map's attribution.
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
    boolean fatalities = measure.equals("fatalities");
    EventMap m = dashboard.eventMap(dyad, fromOrNull, toOrNull);
    List<Shape> shapes = MapShapes.standard().of(List.of(dyad.first(), dyad.second()));
    String what = fatalities ? "Fatalities" : "Events";
    StringBuilder b = new StringBuilder("<h1>Events on a map</h1>");
    b.append("<form id=\"map-form\" method=\"get\"><label>From <input name=\"from\" type=\"month\" value=\"")
        .append(m.from() == null ? "" : escape(m.from())).append("\"></label> <label>to <input name=\"to\" "
            + "type=\"month\" value=\"").append(m.to() == null ? "" : escape(m.to())).append("\"></label> <label>"
            + "shade by <select name=\"measure\"><option value=\"events\"").append(fatalities ? "" : " selected")
        .append(">events</option><option value=\"fatalities\"").append(fatalities ? " selected" : "")
        .append(">fatalities</option></select></label> <button type=\"submit\">Show</button></form>");
    b.append("<p class=\"meta\" id=\"map-meta\">").append(escape(what)).append(" ")
        .append(escape(period(m))).append(", by first-level division of ").append(escape(dyad.first())).append(" and ")
        .append(escape(dyad.second())).append(".</p>");
    if (shapes.isEmpty()) {
      b.append("<p>No boundaries are shipped for ").append(escape(dyad.first())).append(" or ")
          .append(escape(dyad.second())).append(".</p>");
    } else {
      b.append("<figure class=\"map\">").append(MapSvg.svg(shapes, m, fatalities, what)).append(MapSvg.legend(m,
          fatalities)).append("<figcaption><p class=\"source-line\">Source: ")
          .append(escape(OverviewPages.shortCitations(m.sources()).isEmpty() ? "no events imported"
              : OverviewPages.shortCitations(m.sources())))
          .append(". Boundaries: ").append(escape(MapShapes.standard().attribution())).append("</p></figcaption></figure>");
    }
    for (String note : m.notes()) {
      b.append("<p class=\"meta\">").append(escape(note)).append("</p>");
    }
    Map<String, Division> byCode = m.divisions().stream().collect(Collectors.toMap(Division::code, Function.identity()));
    b.append("<h2>By division</h2><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Events by division\">"
        + "<table class=\"list\" id=\"divisions\"><thead><tr><th>Division</th><th>Code</th><th>Events</th>"
        + "<th>Fatalities</th></tr></thead><tbody>");
    for (Shape s : shapes) {
      Division d = byCode.get(s.code());
      b.append("<tr><td>").append(escape(s.name())).append("</td><td>").append(escape(s.code()))
          .append("</td><td class=\"num\">").append(d == null ? "0" : Figures.grouped(d.events()))
          .append("</td><td class=\"num\">").append(d == null || d.fatalities() == null ? "" : Figures.grouped(d.fatalities()))
          .append("</td></tr>");
    }
    b.append("</tbody></table></div>");
    if (!m.unplaced().isEmpty()) {
      b.append("<h2>Not placed</h2><p class=\"meta\">Places no list resolves to a first-level division (for example "
          + "a dataset's own codes); counted in no shape.</p><ul id=\"unplaced\">");
      for (Unplaced u : m.unplaced()) {
        b.append("<li>").append(escape(u.dataset() + ", " + u.country() + ": " + u.place())).append(" — ")
            .append(Figures.grouped(u.events())).append(" events</li>");
      }
      b.append("</ul>");
    }
    return Pages.layout("Map — " + dyad.id(), dyad, b.toString(), List.of());
  }

  private static String period(EventMap m) {
    if (m.from() == null && m.to() == null) {
      return "over every month imported";
    }
    return "from " + (m.from() == null ? "the start" : m.from()) + " to " + (m.to() == null ? "the end" : m.to());
  }
}
