package io.dyadscope.fetch.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ACLED's API (registered users: key and email): the events {@code /acled/read?_format=json&iso=N1%7CN2&event_date=
 * FROM%7CTO&event_date_where=BETWEEN&limit=5000&page=N} (countries by ISO numeric code), and the deletions
 * {@code /deleted/read?_format=json&deleted_timestamp=T&limit=5000&page=N} since the last ACLED fetch. Answers are
 * {@code {"status": 200, "success": true, "count": n, "data": [...]}}; a page with {@code limit} records calls for
 * the next. Events become an ACLED CSV read by the event importer; each event's {@code timestamp} (ACLED's last
 * update) is kept for listing changes, and deleted ids are removed from the workspace.
 */
public final class AcledApi implements ApiClient {

  static final int LIMIT = 5000;
  /** The setting the fetch service fills with the epoch second of the last ACLED fetch (0: never). */
  public static final String DELETED_SINCE = "acled.deleted_since";

  @Override
  public ApiId id() {
    return ApiId.ACLED;
  }

  @Override
  public List<Query> queries(FetchRequest r, Settings s) {
    String base = s.base(ApiId.ACLED);
    String events = base + "/acled/read?_format=json&iso=" + Countries.isoNumeric(r.dyad().first()) + "%7C"
        + Countries.isoNumeric(r.dyad().second()) + "&event_date=" + r.from() + "%7C" + r.to()
        + "&event_date_where=BETWEEN&limit=" + LIMIT + "&page=1";
    String deleted = base + "/deleted/read?_format=json&deleted_timestamp=" + s.value(DELETED_SINCE).orElse("0")
        + "&limit=" + LIMIT + "&page=1";
    return List.of(Query.of(id(), events), Query.of(id(), deleted));
  }

  /** Adds the key and email; without them the query is refused before it is sent. */
  @Override
  public Query authorize(Query q, Settings s) {
    return q.withSecrets(Map.of("key", s.secret(ApiId.ACLED, "acled.key", "an access key"),
        "email", s.secret(ApiId.ACLED, "acled.email", "the email address registered with the key")), Map.of());
  }

  @Override
  public String pagingNote() {
    return "then pages 2.. while a page holds " + LIMIT + " records; key and email added when sent";
  }

  @Override
  public Page page(FetchRequest r, Query q, byte[] body, Settings s) throws BadResponseException {
    int n = data(q, body).size();
    int page = Page.number(q, 1);
    // ACLED does not say how many pages there are: a full page may have another after it.
    return Page.numbered(q, n, page, n >= LIMIT ? page + 1 : page);
  }

  private static List<JsonNode> data(Query q, byte[] body) throws BadResponseException {
    JsonNode root = Json.object(q, body, "status, success and data");
    JsonNode success = root.get("success");
    if (success != null && !success.asBoolean(true) || root.has("error")) {
      JsonNode e = root.get("error");
      String msg = e == null ? "" : e.isObject() ? Json.text(e, "status") + " " + Json.text(e, "message") : e.asText();
      throw new BadResponseException(q, "ACLED answered with an error: " + msg.strip());
    }
    return Json.array(q, root, "data");
  }

  @Override
  public ImportInput input(FetchRequest r, List<Response> responses) throws BadResponseException {
    List<JsonNode> events = new ArrayList<>();
    List<String> deletions = new ArrayList<>();
    for (Response resp : responses) {
      List<JsonNode> data = data(resp.query(), resp.body());
      if (resp.query().url().contains("/deleted/read")) {
        for (JsonNode d : data) {
          deletions.add(Json.text(d, "event_id_cnty"));
        }
      } else {
        events.addAll(data);
      }
    }
    List<String> columns = Json.columns(events);
    if (columns.isEmpty()) {
      columns = List.of("event_id_cnty", "event_date", "event_type");
    }
    List<List<String>> rows = new ArrayList<>();
    Map<String, String> updated = new LinkedHashMap<>();
    for (JsonNode e : events) {
      List<String> row = new ArrayList<>();
      for (String c : columns) {
        row.add(Json.text(e, c));
      }
      rows.add(row);
      String ts = Json.text(e, "timestamp");
      if (ts.matches("\\d+")) {
        updated.put(Json.text(e, "event_id_cnty"), Instant.ofEpochSecond(Long.parseLong(ts)).toString());
      }
    }
    return new ImportInput(ImportInput.Kind.EVENTS, List.of(new ImportInput.InputFile("acled-" + r.dyad().id()
        + ".csv", Text.csv(columns, rows, false))), updated, deletions);
  }
}
