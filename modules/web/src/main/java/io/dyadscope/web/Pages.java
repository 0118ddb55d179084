package io.dyadscope.web;

import static io.dyadscope.evidence.text.Markup.escape;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.render.dossier.Format;
import io.dyadscope.render.dossier.HtmlRenderer;
import io.dyadscope.render.dossier.SectionName;
import io.dyadscope.evidence.Dyad;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's HTML pages. Dossier sections are rendered by the dossier's own jte fragments;
 * the data pages are shells whose scripts (served from the jar) fetch the JSON API and insert
 * every text with {@code textContent}. All text placed here passes through {@link io.dyadscope.evidence.text.Markup#escape}.
 */
final class Pages {

  private final Dashboard dashboard;

  Pages(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  String home() {
    StringBuilder b = new StringBuilder("<h1>Dyadscope</h1><p>Choose a country pair.</p><ul class=\"dyads\">");
    for (String d : dashboard.dyads()) {
      b.append("<li><a href=\"/d/").append(escape(d)).append("\">").append(escape(d)).append("</a></li>");
    }
    b.append("</ul>");
    return layout("Dyadscope", null, b.toString(), List.of());
  }

  String dyad(Dyad dyad) {
    dashboard.requireKnown(dyad);
    Dossier d = dashboard.dossier(dyad);
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(escape(d.title())).append("</h1>");
    b.append("<h2>Dossier</h2><ol>");
    for (Format.Section s : Format.sections(d)) {
      b.append("<li><a href=\"/d/").append(escape(dyad.id())).append("/dossier/").append(escape(s.anchor()))
          .append("\">").append(escape(s.heading())).append("</a></li>");
    }
    b.append("</ol><h2>Series</h2><table class=\"list\"><thead><tr><th>Indicator</th><th>Subject</th><th>Unit</th>"
        + "<th>Observations</th></tr></thead><tbody>");
    for (Map<String, Object> i : dashboard.indicators(dyad)) {
      String href = "/d/" + dyad.id() + "/series/" + url(i.get("indicator")) + "?subject=" + url(i.get("subject"));
      b.append("<tr><td><a href=\"").append(escape(href)).append("\">").append(escape((String) i.get("indicator")))
          .append("</a></td><td>").append(escape((String) i.get("subject"))).append("</td><td>")
          .append(escape((String) i.get("unit"))).append("</td><td class=\"num\">").append(i.get("observations"))
          .append("</td></tr>");
    }
    b.append("</tbody></table>");
    return layout(d.title(), dyad, b.toString(), List.of());
  }

  String section(Dyad dyad, String anchor) {
    dashboard.requireKnown(dyad);
    Dossier d = dashboard.dossier(dyad);
    NotFound missing = new NotFound("no dossier section '" + Params.shorten(anchor) + "'");
    SectionName name = SectionName.byAnchor(anchor).orElseThrow(() -> missing);
    String out = HtmlRenderer.section(d, name).orElseThrow(() -> missing);
    Format.Section s = Format.section(d, name.anchor());
    String style = HtmlRenderer.style();
    StringBuilder nav = new StringBuilder("<nav class=\"sections\" aria-label=\"Dossier sections\"><ol>");
    for (Format.Section x : Format.sections(d)) {
      nav.append("<li").append(x.equals(s) ? " aria-current=\"page\"" : "").append("><a href=\"/d/")
          .append(escape(dyad.id())).append("/dossier/").append(escape(x.anchor())).append("\">")
          .append(escape(x.heading())).append("</a></li>");
    }
    nav.append("</ol></nav>");
    String title = "<h1 class=\"dossier-title\">" + escape(d.title()) + "</h1>";
    return layout(s.heading() + " — " + d.title(), dyad, style + title + nav.toString() + out, List.of());
  }

  String series(Dyad dyad, String indicator, String subjectOrNull) {
    dashboard.requireKnown(dyad);
    String api = "/api/dyads/" + dyad.id() + "/series/" + url(indicator)
        + (subjectOrNull == null ? "" : "?subject=" + url(subjectOrNull));
    String body = "<h1 id=\"series-title\">" + escape(indicator) + "</h1>"
        + "<p id=\"series-meta\" class=\"meta\"></p>"
        + "<div class=\"chart-box\"><canvas id=\"chart\" data-api=\"" + escape(api) + "\" role=\"img\" "
        + "aria-label=\"Series of " + escape(indicator) + " with projection and intervals\"></canvas></div>"
        + "<p class=\"downloads\"><button type=\"button\" id=\"png\">Download PNG</button> "
        + "<button type=\"button\" id=\"svg\">Download SVG</button></p>"
        + "<p id=\"projection\"></p><h2>Published projections</h2><table class=\"list\" id=\"published\"><thead><tr>"
        + "<th>Period</th><th>Value</th><th>Source</th><th>Against Dyadscope's forecast</th></tr></thead>"
        + "<tbody></tbody></table><h2>Points and sources</h2><table class=\"list\" id=\"points\"><thead><tr>"
        + "<th>Period</th><th>Value</th><th>Sources</th></tr></thead><tbody></tbody></table>";
    return layout(indicator + " — " + dyad.id(), dyad, body, List.of("/webjars/chart.js/4.5.1/dist/chart.umd.js",
        "/static/common.js", "/static/series.js"));
  }

  String observations(Dyad dyad) {
    dashboard.requireKnown(dyad);
    String api = "/api/dyads/" + dyad.id() + "/observations";
    String body = "<h1>Observations of " + escape(dyad.id()) + "</h1>"
        + "<p><label>Filter <input id=\"filter\" type=\"search\" placeholder=\"indicator, subject, source, period\">"
        + "</label> <span id=\"count\" aria-live=\"polite\"></span> <a id=\"csv\" href=\"" + escape(api) + ".csv\" "
        + "download>Export CSV</a></p><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Observations\">"
        + "<table class=\"list observations\" id=\"observations\" data-api=\"" + escape(api) + "\"><thead><tr></tr></thead>"
        + "<tbody></tbody></table></div><p id=\"pager\" class=\"pager\"></p>";
    return layout("Observations — " + dyad.id(), dyad, body, List.of("/static/common.js", "/static/observations.js"));
  }

  String events(Dyad dyad) {
    dashboard.requireKnown(dyad);
    String api = "/api/dyads/" + dyad.id() + "/events";
    String body = "<h1>Events between " + escape(dyad.first()) + " and " + escape(dyad.second()) + "</h1>"
        + "<form id=\"range\"><label>From <input id=\"from\" type=\"month\"></label> <label>to "
        + "<input id=\"to\" type=\"month\"></label> <label>by <select id=\"by\"><option>month</option>"
        + "<option>year</option></select></label> <button type=\"submit\">Show</button></form>"
        + "<p id=\"events-meta\" class=\"meta\" aria-live=\"polite\"></p>"
        + "<div class=\"chart-box\"><canvas id=\"chart\" data-api=\"" + escape(api) + "\" role=\"img\" "
        + "aria-label=\"Events per period by type\"></canvas></div>"
        + "<p class=\"downloads\"><button type=\"button\" id=\"png\">Download PNG</button></p>"
        + "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Events by type\"><table class=\"list\" id=\"types\"><thead><tr><th>Period</th><th>Dataset</th>"
        + "<th>Kind</th><th>Type</th><th>Events</th><th>Collapsed</th><th>Fatalities</th></tr></thead><tbody></tbody>"
        + "</table></div>";
    return layout("Events — " + dyad.id(), dyad, body, List.of("/webjars/chart.js/4.5.1/dist/chart.umd.js",
        "/static/common.js", "/static/events.js"));
  }

  String corpus(Dyad dyad) {
    dashboard.requireKnown(dyad);
    Map<String, Object> overview = dashboard.corpusOverview(dyad);
    String api = "/api/dyads/" + dyad.id() + "/corpus";
    StringBuilder b = new StringBuilder("<h1>Documents</h1>");
    int n = (Integer) overview.get("documents");
    if (n == 0) {
      b.append("<p id=\"corpus-meta\">This workspace holds no documents yet. Import texts (txt, md, html, pdf, docx)"
          + " with <code>dyadscope import documents FILE|FOLDER</code>, then reload this page.</p>");
      return layout("Documents — " + dyad.id(), dyad, b.toString(), List.of());
    }
    b.append("<p id=\"corpus-meta\" class=\"meta\">").append(n).append(n == 1 ? " document" : " documents")
        .append(" in this workspace, for every dyad it holds. Search them, read a word in its contexts, or open the "
            + "passages coded with a theme and a lens.</p>")
        .append("<div id=\"corpus\" data-api=\"").append(escape(api)).append("\">")
        .append("<h2>Search</h2><form id=\"search-form\"><label>Query <input id=\"q\" type=\"search\" size=\"40\" "
            + "maxlength=\"").append(Api.MAX_QUERY).append("\" placeholder=\"border AND trade, &quot;Durand Line&quot;, "
            + "kind:news\"></label> <button type=\"submit\">Search</button></form>"
            + "<p id=\"search-meta\" class=\"meta\" aria-live=\"polite\"></p><ol id=\"hits\" class=\"hits\"></ol>")
        .append("<h2>Keyword in context</h2><form id=\"kwic-form\"><label>Word <input id=\"term\" type=\"search\" "
            + "maxlength=\"").append(Api.MAX_QUERY).append("\"></label> <label>sorted by the words "
            + "<select id=\"sort\"><option value=\"right\">after</option><option value=\"left\">before</option>"
            + "</select></label> <button type=\"submit\">Show</button></form>"
            + "<p id=\"kwic-meta\" class=\"meta\" aria-live=\"polite\"></p><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Keyword in context\"><table class=\"list kwic\" "
            + "id=\"kwic\"><thead><tr><th>Document</th><th class=\"left\">Before</th><th>Word</th><th>After</th></tr>"
            + "</thead><tbody></tbody></table></div>")
        .append("<h2>Themes read through lenses</h2><p class=\"meta\">Passages coded with each theme that overlap a "
            + "passage coded with each lens (a person's coding of a passage sets the auto-coder's aside). Choose a "
            + "number to read its passages.</p><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Themes by lens\"><table class=\"list\" id=\"theme-lens\"><thead>"
            + "</thead><tbody></tbody></table></div><p id=\"passages-title\" class=\"passages-title\" aria-live=\"polite\"></p>"
            + "<ol id=\"passages\" class=\"passages\"></ol></div>");
    return layout("Documents — " + dyad.id(), dyad, b.toString(), List.of("/static/common.js", "/static/corpus.js"));
  }

  String importPage(Dyad dyad) {
    dashboard.requireKnown(dyad);
    String api = "/api/dyads/" + dyad.id() + "/import";
    StringBuilder kinds = new StringBuilder("<option value=\"\">(choose for a document)</option>");
    ImportUpload.kinds().forEach(k -> kinds.append("<option>").append(escape(k)).append("</option>"));
    String body = "<h1>Import into the workspace</h1>"
        + "<p class=\"meta\">As <code>dyadscope import</code> does: a CSV of statistics (tidy indicators, UNHCR, World "
        + "Bank WDI or UN Comtrade, told apart by its first lines; figures are kept for " + escape(dyad.id())
        + ") or a document for the corpus. All or nothing: a file with a bad line changes nothing, and importing it "
        + "again adds nothing. Event files, usually large, are imported on the command line.</p>"
        + "<form id=\"import-form\" data-api=\"" + escape(api) + "\"><p><label>File (.csv, .txt, .md, .html, .pdf, .docx, "
        + "at most " + (WebServer.MAX_UPLOAD / 1024) + " KiB) <input id=\"file\" type=\"file\" required "
        + "accept=\".csv,.txt,.md,.html,.htm,.pdf,.docx\"></label></p>"
        + "<fieldset><legend>For a document</legend><p><label>Kind <select id=\"kind\">" + kinds + "</select></label> "
        + "<label>Title <input id=\"title\" maxlength=\"" + Api.MAX_QUERY + "\"></label> <label>Publisher "
        + "<input id=\"publisher\" maxlength=\"" + Api.MAX_QUERY + "\"></label> <label>Date <input id=\"date\" "
        + "placeholder=\"YYYY-MM-DD\" size=\"10\"></label> <label>Licence <input id=\"licence\" maxlength=\""
        + Api.MAX_QUERY + "\"></label></p><p><label><input id=\"replace\" type=\"checkbox\"> Replace a document"
        + " of the same name whose text differs</label></p></fieldset>"
        + "<p><label>Write token <input id=\"token\" type=\"password\" autocomplete=\"off\" size=\"34\" required>"
        + "</label> (printed by <code>dyadscope serve</code> when it started)</p>"
        + "<p><button type=\"submit\">Import</button> <span id=\"status\" aria-live=\"polite\"></span></p></form>"
        + "<ul id=\"import-result\"></ul>";
    return layout("Import — " + dyad.id(), dyad, body, List.of("/static/common.js", "/static/import.js"));
  }

  String audit(Dyad dyad) {
    dashboard.requireKnown(dyad);
    String api = "/api/dyads/" + dyad.id() + "/audit";
    String body = "<h1>Audit a report on " + escape(dyad.id()) + "</h1>"
        + "<form id=\"audit-form\" data-api=\"" + escape(api) + "\"><p><label>Report file (.txt, .md, .html, .pdf, "
        + "at most " + (WebServer.MAX_UPLOAD / 1024) + " KiB) <input id=\"file\" type=\"file\" "
        + "accept=\".txt,.md,.html,.htm,.pdf\"></label></p><p><label for=\"text\">or paste its text</label><br>"
        + "<textarea id=\"text\" rows=\"8\" cols=\"80\"></textarea></p>"
        + "<p><label><input id=\"save\" type=\"checkbox\"> keep it in the workspace (the dossier lists its findings)"
        + "</label> <label>write token <input id=\"token\" type=\"password\" autocomplete=\"off\" size=\"34\">"
        + "</label></p><p><button type=\"submit\">Audit</button> "
        + "<span id=\"status\" aria-live=\"polite\"></span></p></form>"
        + "<div id=\"result\" class=\"audit\"></div>";
    return layout("Audit — " + dyad.id(), dyad, body, List.of("/static/common.js", "/static/audit.js"));
  }

  static String layout(String title, Dyad dyadOrNull, String body, List<String> scripts) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(escape(title)).append("</title><link rel=\"icon\" href=\"data:,\">"
            + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><header><nav class=\"top\">"
            + "<a href=\"/\">Dyadscope</a>");
    if (dyadOrNull != null) {
      String d = escape(dyadOrNull.id());
      b.append(" <a href=\"/d/").append(d).append("\">").append(d).append("</a>")
          .append(" <a href=\"/d/").append(d).append("/dossier/summary\">Dossier</a>")
          .append(" <a href=\"/d/").append(d).append("/observations\">Observations</a>")
          .append(" <a href=\"/d/").append(d).append("/events\">Events</a>")
          .append(" <a href=\"/d/").append(d).append("/map\">Map</a>")
          .append(" <a href=\"/d/").append(d).append("/corpus\">Documents</a>")
          .append(" <a href=\"/d/").append(d).append("/audit\">Audit</a>")
          .append(" <a href=\"/d/").append(d).append("/import\">Import</a>");
    }
    b.append("</nav></header><main>").append(body).append("</main>");
    for (String s : scripts) {
      b.append("<script src=\"").append(escape(s)).append("\"></script>");
    }
    return b.append("</body></html>").toString();
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
