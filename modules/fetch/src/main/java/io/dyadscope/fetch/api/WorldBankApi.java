package io.dyadscope.fetch.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.evidence.Resources;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The World Bank Indicators API v2 (JSON): one query per indicator for the dyad's two countries,
 * {@code /country/AAA;BBB/indicator/CODE?format=json&date=Y1:Y2&per_page=1000&page=N}. An answer is
 * {@code [meta, records]} with {@code meta.page} and {@code meta.pages}, or {@code [{"message": [...]}]}
 * for an error. Records become a World Bank long CSV ({@code Country Name,Country Code,Indicator
 * Name,Indicator Code,Year,Value}) read by the WDI importer. Indicators: {@code worldbank-indicators.txt},
 * or the setting {@code worldbank.indicators} (codes separated by commas).
 */
public final class WorldBankApi implements ApiClient {

  static final int PER_PAGE = 1000;
  private static final List<String> DEFAULT_INDICATORS = Resources.read(WorldBankApi.class,
      "worldbank-indicators.txt", r -> new BufferedReader(r).lines().map(String::strip).filter(s -> !s.isEmpty())
          .toList());

  @Override
  public ApiId id() {
    return ApiId.WORLDBANK;
  }

  @Override
  public List<Query> queries(FetchRequest r, Settings s) {
    List<String> codes = s.value("worldbank.indicators")
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList())
        .orElse(DEFAULT_INDICATORS);
    List<Query> out = new ArrayList<>();
    for (String code : codes) {
      out.add(Query.of(id(), url(s, r, code, 1)));
    }
    return out;
  }

  private static String url(Settings s, FetchRequest r, String code, int page) {
    return s.base(ApiId.WORLDBANK) + "/country/" + r.dyad().first() + ";" + r.dyad().second() + "/indicator/"
        + Text.enc(code) + "?format=json&date=" + r.fromYear() + ":" + r.toYear() + "&per_page=" + PER_PAGE
        + "&page=" + page;
  }

  @Override
  public String pagingNote() {
    return "then pages 2.. while meta.page < meta.pages";
  }

  @Override
  public Page page(FetchRequest r, Query q, byte[] body, Settings s) throws BadResponseException {
    JsonNode root = Json.parse(q, body);
    if (!root.isArray() || root.isEmpty()) {
      throw new BadResponseException(q, "expected a JSON list [meta, records] (" + Text.start(body) + ")");
    }
    JsonNode meta = root.get(0);
    if (meta.has("message")) {
      List<String> msgs = new ArrayList<>();
      for (JsonNode m : Json.oneOrMany(meta.get("message"))) {
        msgs.add(Json.text(m, "id") + " " + Json.text(m, "key") + ": " + Json.text(m, "value"));
      }
      throw new BadResponseException(q, "the World Bank API answered with an error: " + String.join("; ", msgs));
    }
    int page = Json.integer(q, meta, "page");
    int pages = Json.integer(q, meta, "pages");
    JsonNode records = root.size() > 1 ? root.get(1) : null;
    int n = records == null || records.isNull() ? 0 : records.size();
    return Page.numbered(q, n, page, pages);
  }

  @Override
  public ImportInput input(FetchRequest r, List<Response> responses) throws BadResponseException {
    List<List<String>> rows = new ArrayList<>();
    for (Response resp : responses) {
      JsonNode root = Json.parse(resp.query(), resp.body());
      JsonNode records = root.size() > 1 ? root.get(1) : null;
      if (records == null || records.isNull()) {
        continue;
      }
      for (JsonNode rec : records) {
        JsonNode ind = Json.required(resp.query(), rec, "indicator");
        JsonNode country = Json.required(resp.query(), rec, "country");
        String iso3 = Json.text(rec, "countryiso3code");
        String value = Json.text(rec, "value");
        rows.add(List.of(Json.text(country, "value"), iso3.isEmpty() ? Json.text(country, "id") : iso3,
            Json.text(ind, "value"), Json.text(ind, "id"), Json.text(rec, "date"), value.isEmpty() ? ".." : value));
      }
    }
    byte[] csv = Text.csv(List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code", "Year", "Value"),
        rows, false);
    return ImportInput.of(ImportInput.Kind.WDI, List.of(new ImportInput.InputFile("worldbank-" + r.dyad().id()
        + ".csv", csv)));
  }
}
