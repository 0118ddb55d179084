package io.dyadscope.fetch.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * UN Comtrade's API, goods, annual, HS: without a key the public preview {@code /public/v1/preview/C/A/HS}, with one
 * (header {@code Ocp-Apim-Subscription-Key}) {@code /data/v1/get/C/A/HS}; {@code ?reporterCode=A,B&partnerCode=B,A&
 * period=Y1,...&cmdCode=TOTAL&flowCode=X,M&includeDesc=true}, countries by Comtrade code, at most 12 years per
 * query (one query per 12 years). An answer is {@code {"elapsedTime", "count", "data": [...], "error": ""}}; records
 * carry the Comtrade Plus columns and become a Comtrade Plus CSV read by the Comtrade importer.
 */
public final class ComtradeApi implements OnePageApi {

  static final int YEARS_PER_QUERY = 12;
  static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
  /** The 47 columns of a Comtrade Plus download, in order. */
  static final List<String> COLUMNS = List.of("typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period",
      "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO",
      "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
      "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc", "mosCode",
      "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr",
      "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue",
      "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate");

  @Override
  public ApiId id() {
    return ApiId.COMTRADE;
  }

  @Override
  public List<Query> queries(FetchRequest r, Settings s) {
    boolean keyed = s.value("comtrade.key").isPresent();
    String path = keyed ? "/data/v1/get/C/A/HS" : "/public/v1/preview/C/A/HS";
    int a = Countries.comtrade(r.dyad().first());
    int b = Countries.comtrade(r.dyad().second());
    List<Query> out = new ArrayList<>();
    for (int y = r.fromYear(); y <= r.toYear(); y += YEARS_PER_QUERY) {
      List<String> years = new ArrayList<>();
      for (int k = y; k <= Math.min(r.toYear(), y + YEARS_PER_QUERY - 1); k++) {
        years.add(Integer.toString(k));
      }
      out.add(Query.of(id(), s.base(ApiId.COMTRADE) + path + "?reporterCode=" + a + "," + b + "&partnerCode=" + b
          + "," + a + "&period=" + String.join(",", years) + "&cmdCode=TOTAL&flowCode=X,M&includeDesc=true"));
    }
    return out;
  }

  /** Adds the subscription key when one is set. */
  @Override
  public Query authorize(Query q, Settings s) {
    return s.value("comtrade.key").map(k -> q.withSecrets(Map.of(), Map.of(KEY_HEADER, k))).orElse(q);
  }

  @Override
  public String pagingNote() {
    return "one query per 12 years; the preview (no key) answers at most 500 records, a key lifts it";
  }

  @Override
  public List<JsonNode> records(Query q, byte[] body) throws BadResponseException {
    JsonNode root = Json.object(q, body, "data");
    String error = Json.text(root, "error");
    if (!error.isBlank()) {
      throw new BadResponseException(q, "UN Comtrade answered with an error: " + error);
    }
    if (root.has("statusCode") && !root.has("data")) {
      throw new BadResponseException(q, "UN Comtrade answered " + Json.text(root, "statusCode") + ": "
          + Json.text(root, "message"));
    }
    return Json.array(q, root, "data");
  }

  @Override
  public ImportInput input(FetchRequest r, List<Response> responses) throws BadResponseException {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (Response resp : responses) {
      for (JsonNode rec : records(resp.query(), resp.body())) {
        for (String c : COLUMNS) {
          JsonNode v = rec.get(c);
          if (v != null && !v.isNull()) {
            b.append('"').append(v.asText().replace("\"", "\"\"")).append('"');
          }
          b.append(',');
        }
        b.append('\n');
      }
    }
    return ImportInput.of(ImportInput.Kind.COMTRADE, List.of(new ImportInput.InputFile("comtrade-" + r.dyad().id()
        + ".csv", b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
  }
}
