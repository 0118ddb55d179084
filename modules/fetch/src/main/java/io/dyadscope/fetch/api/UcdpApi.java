package io.dyadscope.fetch.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * UCDP's API, the Georeferenced Event Dataset: {@code /gedevents/VERSION?pagesize=1000&Country=GW1,GW2&StartDate=
 * YYYY-MM-DD&EndDate=YYYY-MM-DD&page=N} (countries by Gleditsch-Ward number), with the access token in the header
 * {@code x-ucdp-access-token}. An answer is {@code {"TotalCount", "TotalPages", "PreviousPageUrl", "NextPageUrl",
 * "Result": [...]}}; pages count from 0. Result records carry the GED columns ({@code id, type_of_violence,
 * date_start, best, low, high, gwnoa, ...}) and become a GED CSV read by the event importer.
 */
public final class UcdpApi implements ApiClient {

  static final int PAGE_SIZE = 1000;
  static final String TOKEN_HEADER = "x-ucdp-access-token";

  @Override
  public ApiId id() {
    return ApiId.UCDP;
  }

  @Override
  public List<Query> queries(FetchRequest r, Settings s) {
    Integer a = Countries.gleditschWard(r.dyad().first());
    Integer b = Countries.gleditschWard(r.dyad().second());
    if (a == null || b == null) {
      throw new IllegalArgumentException("ucdp: no Gleditsch-Ward number known for "
          + (a == null ? r.dyad().first() : r.dyad().second()) + " (fetch module, gleditsch-ward.csv)");
    }
    String version = s.value("ucdp.version").orElse(Settings.UCDP_VERSION);
    String url = s.base(ApiId.UCDP) + "/gedevents/" + Text.enc(version) + "?pagesize=" + PAGE_SIZE + "&Country="
        + a + "," + b + "&StartDate=" + r.from() + "&EndDate=" + r.to() + "&page=0";
    return List.of(Query.of(id(), url));
  }

  @Override
  public Query authorize(Query q, Settings s) {
    return withToken(q, s);
  }

  @Override
  public String pagingNote() {
    return "then pages 1.. while page + 1 < TotalPages; token in the x-ucdp-access-token header";
  }

  /** Adds the token; without one the query is refused before it is sent. */
  public static Query withToken(Query q, Settings s) {
    return q.withSecrets(Map.of(), Map.of(TOKEN_HEADER, s.secret(ApiId.UCDP, "ucdp.token", "an access token")));
  }

  @Override
  public Page page(FetchRequest r, Query q, byte[] body, Settings s) throws BadResponseException {
    JsonNode root = Json.object(q, body, "TotalPages and Result");
    int n = Json.array(q, root, "Result").size();
    int pages = Json.integer(q, root, "TotalPages");
    return Page.numbered(q, n, Page.number(q, 0), pages - 1); // pages counted from 0
  }

  @Override
  public ImportInput input(FetchRequest r, List<Response> responses) throws BadResponseException {
    List<JsonNode> records = new ArrayList<>();
    for (Response resp : responses) {
      records.addAll(Json.array(resp.query(), Json.parse(resp.query(), resp.body()), "Result"));
    }
    List<String> columns = Json.columns(records);
    if (columns.isEmpty()) {
      columns = List.of("id", "type_of_violence", "date_start", "best", "low", "high");
    }
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode rec : records) {
      List<String> row = new ArrayList<>();
      for (String c : columns) {
        String v = Json.text(rec, c);
        // The API writes dates as 2021-03-01T00:00:00.000; the GED files as 2021-03-01 00:00:00.000.
        row.add(c.startsWith("date_") && v.length() > 10 ? v.substring(0, 10) : v);
      }
      rows.add(row);
    }
    return ImportInput.of(ImportInput.Kind.EVENTS, List.of(new ImportInput.InputFile("ucdp-ged-" + r.dyad().id()
        + ".csv", Text.csv(columns, rows, false))));
  }
}
