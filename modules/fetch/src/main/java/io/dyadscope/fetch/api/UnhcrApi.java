package io.dyadscope.fetch.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * UNHCR's population statistics API ({@code /population/?limit=100&page=N&yearFrom=Y1&yearTo=Y2&coo=A&coa=B&cf_type=ISO}),
 * once in each direction between the dyad's countries. An answer is {@code {"page", "maxPages", "items": [...]}};
 * items ({@code year, coo_iso, coa_iso, refugees, asylum_seekers, oip, ooc...}) become a Refugee Data Finder
 * population CSV read by the UNHCR importer.
 */
public final class UnhcrApi implements ApiClient {

  static final int LIMIT = 100;

  @Override
  public ApiId id() {
    return ApiId.UNHCR;
  }

  @Override
  public List<Query> queries(FetchRequest r, Settings s) {
    return List.of(Query.of(id(), url(s, r, r.dyad().first(), r.dyad().second())),
        Query.of(id(), url(s, r, r.dyad().second(), r.dyad().first())));
  }

  private static String url(Settings s, FetchRequest r, String origin, String asylum) {
    return s.base(ApiId.UNHCR) + "/population/?limit=" + LIMIT + "&yearFrom=" + r.fromYear() + "&yearTo="
        + r.toYear() + "&coo=" + origin + "&coa=" + asylum + "&cf_type=ISO&page=1";
  }

  @Override
  public String pagingNote() {
    return "then pages 2.. while page < maxPages";
  }

  @Override
  public Page page(FetchRequest r, Query q, byte[] body, Settings s) throws BadResponseException {
    JsonNode root = Json.object(q, body, "page, maxPages and items");
    int n = Json.array(q, root, "items").size();
    int page = Json.integer(q, root, "page");
    int max = Json.integer(q, root, "maxPages");
    return Page.numbered(q, n, page, max);
  }

  @Override
  public ImportInput input(FetchRequest r, List<Response> responses) throws BadResponseException {
    List<List<String>> rows = new ArrayList<>();
    for (Response resp : responses) {
      for (JsonNode it : Json.array(resp.query(), Json.parse(resp.query(), resp.body()), "items")) {
        rows.add(List.of(Json.text(it, "year"), Json.text(it, "coo_name"), iso(it, "coo"), Json.text(it, "coa_name"),
            iso(it, "coa"), count(it, "refugees"), count(it, "asylum_seekers"), count(it, "oip"), count(it, "ooc")));
      }
    }
    byte[] csv = Text.csv(List.of("Year", "Country of origin", "Country of origin (ISO)", "Country of asylum",
        "Country of asylum (ISO)", "Refugees under UNHCR's mandate", "Asylum-seekers",
        "Other people in need of international protection", "Others of concern"), rows, false);
    return ImportInput.of(ImportInput.Kind.UNHCR, List.of(new ImportInput.InputFile("unhcr-" + r.dyad().id() + ".csv",
        csv)));
  }

  private static String iso(JsonNode it, String field) {
    String iso = Json.text(it, field + "_iso");
    return iso.isEmpty() ? Json.text(it, field) : iso;
  }

  private static String count(JsonNode it, String field) {
    String v = Json.text(it, field);
    return v.isEmpty() ? "-" : v;
  }
}
