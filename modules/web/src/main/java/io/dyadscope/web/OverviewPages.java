package io.dyadscope.web;

import static io.dyadscope.evidence.text.Markup.escape;

import io.dyadscope.app.overview.DyadOverview;
import io.dyadscope.app.overview.DyadOverview.Change;
import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.app.overview.DyadOverview.Headline;
import io.dyadscope.app.overview.DyadOverview.KeyEvent;
import io.dyadscope.app.overview.DyadOverview.SourceRef;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.render.dossier.Format;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.text.Figures;
import java.util.List;
import java.util.Map;

/**
 * The analyst's home: each dyad by its countries' names with its headline figures and a chart, and
 * the dyad's overview: headline panel, charts on a time axis with key events, what changed, the
 * dossier's sections and the indicators by name. Charts are inline SVG ({@link ChartSvg}) with their
 * source line and downloads.
 */
final class OverviewPages {

  private final Dashboard dashboard;

  OverviewPages(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  String home() {
    StringBuilder b = new StringBuilder("<h1>Dyadscope</h1><p class=\"meta\">Country pairs in this workspace, each "
        + "with its latest figures and a chart. Open one for its charts, events, map and dossier.</p>");
    for (String id : dashboard.dyads()) {
      Dyad d = Dyad.parse(id);
      DyadOverview o = dashboard.overview(d);
      b.append("<section class=\"dyad\" aria-labelledby=\"dyad-").append(escape(id)).append("\"><h2 id=\"dyad-")
          .append(escape(id)).append("\"><a href=\"/d/").append(escape(id)).append("\">").append(names(o))
          .append("</a></h2>");
      b.append(panel(o));
      if (!o.charts().isEmpty()) {
        b.append(figure(o, o.charts().get(0), "h3"));
      }
      b.append("</section>");
    }
    return Pages.layout("Dyadscope", null, b.toString(), List.of());
  }

  String overview(Dyad dyad) {
    dashboard.requireKnown(dyad);
    DyadOverview o = dashboard.overview(dyad);
    Dossier d = dashboard.dossier(dyad);
    StringBuilder b = new StringBuilder("<h1>").append(names(o)).append("</h1><p class=\"meta\">")
        .append(escape(d.title())).append("</p>");
    b.append("<h2>Latest figures</h2>").append(panel(o));
    b.append("<h2>Headline series</h2>");
    for (Chart c : o.charts()) {
      b.append(figure(o, c, "h3"));
    }
    b.append(changes(o)).append(keyEvents(o));
    b.append("<h2>More</h2><p><a href=\"/d/").append(escape(dyad.id())).append("/map\">Events on a map</a> · <a href=\"/d/")
        .append(escape(dyad.id())).append("/events\">Events by month</a> · <a href=\"/d/").append(escape(dyad.id()))
        .append("/observations\">Every observation</a></p>");
    b.append("<h2>Dossier</h2><ol class=\"sections\">");
    for (Format.Section s : Format.sections(d)) {
      b.append("<li><a href=\"/d/").append(escape(dyad.id())).append("/dossier/").append(escape(s.anchor()))
          .append("\">").append(escape(s.heading())).append("</a></li>");
    }
    b.append("</ol>").append(indicators(dyad));
    return Pages.layout(plainNames(o), dyad, b.toString(), List.of());
  }

  static String names(DyadOverview o) {
    return escape(plainNames(o));
  }

  static String plainNames(DyadOverview o) {
    return o.first().name() + " and " + o.second().name();
  }

  static String panel(DyadOverview o) {
    if (o.headlines().isEmpty()) {
      return "<p class=\"meta\">No observed figures yet.</p>";
    }
    StringBuilder b = new StringBuilder("<ul class=\"headlines\">");
    for (Headline h : o.headlines()) {
      b.append("<li class=\"headline\" data-topic=\"").append(escape(h.topic())).append("\"><span class=\"figure\" title=\"")
          .append(escape(h.indicator())).append("\">").append(escape(Figures.withUnit(h.value(), h.unit())))
          .append("</span> <span class=\"what\">").append(escape(h.label())).append(", ").append(escape(h.period()))
          .append("</span> <span class=\"source\">Source: ").append(escape(shortCitations(h.sources())))
          .append("</span></li>");
    }
    return b.append("</ul>").toString();
  }

  static String figure(DyadOverview o, Chart c, String heading) {
    List<KeyEvent> events = ChartSvg.eventsIn(c, o.keyEvents());
    String api = "/api/dyads/" + o.dyad() + "/charts/" + c.id();
    StringBuilder b = new StringBuilder("<figure class=\"chart\" id=\"chart-").append(escape(c.id())).append("\">")
        .append("<").append(heading).append(">").append(escape(c.title())).append("</").append(heading).append(">")
        .append(ChartSvg.svg(c, o.keyEvents())).append(ChartSvg.legend(c)).append("<figcaption>");
    if (!events.isEmpty()) {
      b.append("<ol class=\"key-events\">");
      for (KeyEvent e : events) {
        b.append("<li value=\"").append(o.keyEvents().indexOf(e) + 1).append("\">").append(escape(e.date())).append(": ").append(escape(e.event())).append("</li>");
      }
      b.append("</ol>");
    }
    b.append("<p class=\"source-line\">Source: ").append(escape(shortCitations(ChartSvg.sources(c))))
        .append(events.isEmpty() ? "" : "; key events: the documents listed under Key events").append(".</p>")
        .append("<p class=\"downloads\">Download <a href=\"").append(escape(api)).append(".csv\" download>data (CSV)</a>")
        .append(" · <a href=\"").append(escape(api)).append(".metadata.json\" download>metadata and sources (JSON)</a>")
        .append("</p></figcaption></figure>");
    return b.toString();
  }

  private static String changes(DyadOverview o) {
    if (o.changes().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<h2>What changed</h2><p class=\"meta\">Each series' latest value against the "
        + "one before it.</p><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"What changed\">"
        + "<table class=\"list changes\"><thead><tr><th>Series</th><th>Before</th><th>Latest</th><th>Change</th>"
        + "</tr></thead><tbody>");
    for (Change c : o.changes()) {
      double pct = c.before() == 0 ? Double.NaN : (c.after() - c.before()) / Math.abs(c.before()) * 100;
      b.append("<tr><td title=\"").append(escape(c.indicator())).append("\">").append(escape(c.label()))
          .append("</td><td class=\"num\">").append(escape(Figures.withUnit(c.before(), c.unit()))).append(" (")
          .append(escape(c.from())).append(")</td><td class=\"num\">").append(escape(Figures.withUnit(c.after(),
              c.unit()))).append(" (").append(escape(c.to())).append(")</td><td class=\"num\">")
          .append(escape(Figures.signedPercent(pct))).append("</td></tr>");
    }
    return b.append("</tbody></table></div>").toString();
  }

  private static String keyEvents(DyadOverview o) {
    if (o.keyEvents().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<h2>Key events</h2><ol class=\"events-list\">");
    for (KeyEvent e : o.keyEvents()) {
      b.append("<li><strong>").append(escape(e.date())).append("</strong> ").append(escape(e.event()))
          .append(" <span class=\"meta\">(").append(e.url().isEmpty() ? escape(e.citation())
              : "<a href=\"" + escape(e.url()) + "\" rel=\"noreferrer\">" + escape(e.citation()) + "</a>")
          .append("; ").append(escape(e.licence())).append(")</span><details><summary>Quote</summary><blockquote>")
          .append(escape(e.quote())).append("</blockquote></details></li>");
    }
    return b.append("</ol>").toString();
  }

  private String indicators(Dyad dyad) {
    StringBuilder b = new StringBuilder("<h2>Every series</h2><div class=\"scroll\" tabindex=\"0\" role=\"region\" "
        + "aria-label=\"Every series\"><table class=\"list\"><thead><tr><th>Indicator</th><th>Subject</th>"
        + "<th>Unit</th><th>Observations</th></tr></thead><tbody>");
    for (Map<String, Object> i : dashboard.indicators(dyad)) {
      String id = (String) i.get("indicator");
      String name = (String) i.get("name");
      String href = "/d/" + dyad.id() + "/series/" + Pages.url(id) + "?subject=" + Pages.url(i.get("subject"));
      b.append("<tr><td><a href=\"").append(escape(href)).append("\" title=\"").append(escape(id)).append("\">")
          .append(escape(name)).append("</a></td><td>").append(escape((String) i.get("subject"))).append("</td><td>")
          .append(escape(ChartSvg.unitWords((String) i.get("unit")))).append("</td><td class=\"num\">")
          .append(i.get("observations")).append("</td></tr>");
    }
    return b.append("</tbody></table></div>").toString();
  }

  static String shortCitations(List<SourceRef> sources) {
    return String.join("; ", sources.stream().map(SourceRef::shortCitation).distinct().toList());
  }
}
