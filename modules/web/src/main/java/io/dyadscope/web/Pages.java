package io.dyadscope.web;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.render.dossier.SectionName;
import io.dyadscope.render.web.DashboardPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The dashboard's pages: this class checks the pair, gathers what a page shows and asks the render
 * module ({@link DashboardPages}) to draw it. Dossier sections are asked for by name; the data pages
 * are shells whose scripts (served from the jar) fetch the JSON API.
 */
final class Pages {

  private final Dashboard dashboard;

  Pages(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  String section(Dyad dyad, String anchor) {
    dashboard.requireKnown(dyad);
    Dossier d = dashboard.dossier(dyad);
    NotFound missing = new NotFound("no dossier section '" + Params.shorten(anchor) + "'");
    SectionName name = SectionName.byAnchor(anchor).orElseThrow(() -> missing);
    return DashboardPages.section(d, dyad.id(), name).orElseThrow(() -> missing);
  }

  String series(Dyad dyad, String indicator, String subjectOrNull) {
    dashboard.requireKnown(dyad);
    String api = "/api/dyads/" + dyad.id() + "/series/" + url(indicator)
        + (subjectOrNull == null ? "" : "?subject=" + url(subjectOrNull));
    return DashboardPages.series(dyad.id(), indicator, api);
  }

  String observations(Dyad dyad) {
    dashboard.requireKnown(dyad);
    return DashboardPages.observations(dyad.id(), "/api/dyads/" + dyad.id() + "/observations");
  }

  String events(Dyad dyad) {
    dashboard.requireKnown(dyad);
    return DashboardPages.events(dyad.id(), dyad.first(), dyad.second(), "/api/dyads/" + dyad.id() + "/events");
  }

  String corpus(Dyad dyad) {
    dashboard.requireKnown(dyad);
    Map<String, Object> overview = dashboard.corpusOverview(dyad);
    return DashboardPages.corpus(dyad.id(), (Integer) overview.get("documents"), "/api/dyads/" + dyad.id() + "/corpus",
        Api.MAX_QUERY);
  }

  String importPage(Dyad dyad) {
    dashboard.requireKnown(dyad);
    return DashboardPages.importPage(dyad.id(), "/api/dyads/" + dyad.id() + "/import", ImportUpload.kinds(),
        WebServer.MAX_UPLOAD / 1024, Api.MAX_QUERY);
  }

  String audit(Dyad dyad) {
    dashboard.requireKnown(dyad);
    return DashboardPages.audit(dyad.id(), "/api/dyads/" + dyad.id() + "/audit", WebServer.MAX_UPLOAD / 1024);
  }

  static String url(Object text) {
    return URLEncoder.encode(String.valueOf(text), StandardCharsets.UTF_8);
  }

  /** A page or resource that does not exist (HTTP 404). */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }
}
