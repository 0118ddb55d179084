package io.dyadscope.render.web;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.render.Templates;
import io.dyadscope.render.dossier.Format;
import io.dyadscope.render.dossier.HtmlRenderer;
import io.dyadscope.render.dossier.SectionName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's pages, drawn by the jte templates under {@code web/}: the layout with its
 * navigation, the home page, a dyad's overview and map (from {@link OverviewView} and
 * {@link MapView}), a dossier section (through the dossier's own fragments) and the shells of the data
 * pages, whose scripts fetch the JSON API and insert every text with {@code textContent}. The
 * server gathers the data; this class only draws it, and jte escapes every text.
 */
public final class DashboardPages {

  private DashboardPages() {}

  /** The page of an error: its HTTP status and what went wrong, with a link home. */
  public static String error(int status, String message) {
    return Templates.render("web/error.jte", Map.of("status", status, "message", message));
  }

  /** A page: {@code body} (HTML) under the navigation, the pair's links when {@code dyadOrNull} is given. */
  public static String layout(String title, String dyadOrNull, String body, List<String> scripts) {
    Map<String, Object> p = new HashMap<>();
    p.put("title", title);
    p.put("dyad", dyadOrNull);
    p.put("body", body);
    p.put("scripts", scripts);
    return Templates.render("web/layout.jte", p);
  }

  /** Section {@code name} of dossier {@code d} with the list of all its sections, or empty when it has no such section. */
  public static Optional<String> section(Dossier d, String dyad, SectionName name) {
    return HtmlRenderer.section(d, name).map(html -> layout(name.heading() + " — " + d.title(), dyad,
        Templates.render("web/section.jte", Map.of("d", d, "s", Format.section(d, name.anchor()), "dyad", dyad,
            "section", html)), List.of()));
  }

  /** The analyst's home: each dyad by its countries' names with its latest figures and first chart. */
  public static String home(List<OverviewView.Card> cards) {
    return layout("Dyadscope", null, Templates.render("web/home.jte", Map.of("cards", cards)), List.of());
  }

  /** A dyad's overview: latest figures, charts with key events, what changed, the dossier and every series. */
  public static String overview(OverviewView.Page page) {
    return layout(page.names(), page.dyad(), Templates.render("web/overview.jte", Map.of("p", page)), List.of());
  }

  /** The map page of dyad {@code dyad}. */
  public static String map(String dyad, MapView map) {
    return layout("Map — " + dyad, dyad, Templates.render("web/map.jte", Map.of("m", map)), List.of());
  }

  public static String series(String dyad, String indicator, String api) {
    return layout(indicator + " — " + dyad, dyad, Templates.render("web/series.jte", Map.of("indicator", indicator,
        "api", api)), List.of("/webjars/chart.js/4.5.1/dist/chart.umd.js", "/static/common.js", "/static/series.js"));
  }

  public static String observations(String dyad, String api) {
    return layout("Observations — " + dyad, dyad, Templates.render("web/observations.jte", Map.of("dyad", dyad,
        "api", api)), List.of("/static/common.js", "/static/observations.js"));
  }

  public static String events(String dyad, String first, String second, String api) {
    return layout("Events — " + dyad, dyad, Templates.render("web/events.jte", Map.of("first", first, "second", second,
        "api", api)), List.of("/webjars/chart.js/4.5.1/dist/chart.umd.js", "/static/common.js", "/static/events.js"));
  }

  /** The corpus page: a note on how to import when there are no documents, else search, KWIC and coding. */
  public static String corpus(String dyad, int documents, String api, int maxQuery) {
    return layout("Documents — " + dyad, dyad, Templates.render("web/corpus.jte", Map.of("documents", documents,
        "api", api, "maxQuery", maxQuery)), documents == 0 ? List.of() : List.of("/static/common.js",
        "/static/corpus.js"));
  }

  public static String importPage(String dyad, String api, List<String> kinds, int maxUploadKib, int maxQuery) {
    return layout("Import — " + dyad, dyad, Templates.render("web/import.jte", Map.of("dyad", dyad, "api", api,
        "kinds", kinds, "maxUploadKib", maxUploadKib, "maxQuery", maxQuery)), List.of("/static/common.js",
        "/static/import.js"));
  }

  public static String audit(String dyad, String api, int maxUploadKib) {
    return layout("Audit — " + dyad, dyad, Templates.render("web/audit.jte", Map.of("dyad", dyad, "api", api,
        "maxUploadKib", maxUploadKib)), List.of("/static/common.js", "/static/audit.js"));
  }
}
