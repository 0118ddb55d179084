package io.dyadscope.web;

import io.dyadscope.app.overview.DyadOverview;
import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.app.overview.DyadOverview.KeyEvent;
import io.dyadscope.app.overview.DyadOverview.SourceRef;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.render.dossier.Format;
import io.dyadscope.render.web.DashboardPages;
import io.dyadscope.render.web.OverviewView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The analyst's home (each dyad by its countries' names with its headline figures and a chart) and
 * the dyad's overview (headline panel, charts on a time axis with key events, what changed, the
 * dossier's sections and the indicators by name): this class turns the application's overview into
 * the render module's {@link OverviewView}, which {@link DashboardPages} draws.
 */
final class OverviewPages {

  private final Dashboard dashboard;

  OverviewPages(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  String home() {
    List<OverviewView.Card> cards = new ArrayList<>();
    for (String id : dashboard.dyads()) {
      DyadOverview o = dashboard.overview(Dyad.parse(id));
      cards.add(new OverviewView.Card(id, names(o), headlines(o), o.charts().isEmpty() ? null
          : figure(o, o.charts().get(0))));
    }
    return DashboardPages.home(cards);
  }

  String overview(Dyad dyad) {
    dashboard.requireKnown(dyad);
    DyadOverview o = dashboard.overview(dyad);
    Dossier d = dashboard.dossier(dyad);
    List<OverviewView.Change> changes = o.changes().stream().map(c -> new OverviewView.Change(c.indicator(),
        c.label(), c.unit(), c.from(), c.before(), c.to(), c.after())).toList();
    return DashboardPages.overview(new OverviewView.Page(dyad.id(), names(o), d.title(), headlines(o),
        o.charts().stream().map(c -> figure(o, c)).toList(), changes, keyEvents(o, o.keyEvents()), Format.sections(d),
        series(dyad)));
  }

  static String names(DyadOverview o) {
    return o.first().name() + " and " + o.second().name();
  }

  private static List<OverviewView.Headline> headlines(DyadOverview o) {
    return o.headlines().stream().map(h -> new OverviewView.Headline(h.topic(), h.indicator(), h.value(), h.unit(),
        h.label(), h.period(), shortCitations(h.sources()))).toList();
  }

  private static OverviewView.Figure figure(DyadOverview o, Chart c) {
    String api = "/api/dyads/" + o.dyad() + "/charts/" + c.id();
    return new OverviewView.Figure(c.id(), c.title(), HeadlineChart.plot(c, o.keyEvents()),
        keyEvents(o, HeadlineChart.eventsIn(c, o.keyEvents())), shortCitations(HeadlineChart.sources(c)), api);
  }

  /** {@code events}, each numbered by its place among all the dyad's key events (as the chart's markers). */
  private static List<OverviewView.KeyEvent> keyEvents(DyadOverview o, List<KeyEvent> events) {
    return events.stream().map(e -> new OverviewView.KeyEvent(o.keyEvents().indexOf(e) + 1, e.date(), e.event(),
        e.citation(), e.url(), e.licence(), e.quote())).toList();
  }

  private List<OverviewView.Series> series(Dyad dyad) {
    List<OverviewView.Series> out = new ArrayList<>();
    for (Map<String, Object> i : dashboard.indicators(dyad)) {
      String id = (String) i.get("indicator");
      String href = "/d/" + dyad.id() + "/series/" + Pages.url(id) + "?subject=" + Pages.url(i.get("subject"));
      out.add(new OverviewView.Series(id, (String) i.get("name"), (String) i.get("subject"),
          HeadlineChart.unitWords((String) i.get("unit")), ((Number) i.get("observations")).longValue(), href));
    }
    return out;
  }

  static String shortCitations(List<SourceRef> sources) {
    return String.join("; ", sources.stream().map(SourceRef::shortCitation).distinct().toList());
  }
}
