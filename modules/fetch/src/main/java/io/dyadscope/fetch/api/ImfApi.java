package io.dyadscope.fetch.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.number.StatNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IMF's SDMX-JSON data service, Direction of Trade Statistics (dataflow {@code DOT}): one CompactData query
 * {@code /CompactData/DOT/A.AA+BB.TXG_FOB_USD+TMG_CIF_USD.AA+BB?startPeriod=Y1&endPeriod=Y2} (annual; reporter,
 * indicator, counterpart by ISO alpha-2). An answer is {@code {"CompactData": {"DataSet": {"Series": ...}}}}, a
 * series (one object or a list) with {@code @REF_AREA, @INDICATOR, @COUNTERPART_AREA, @UNIT_MULT} and {@code Obs}
 * ({@code @TIME_PERIOD, @OBS_VALUE}). Each reporter's exports (FOB) and imports (CIF) with its partner become tidy
 * indicator observations ({@code trade.exports}/{@code trade.imports} of the dyad, USD million, one source per
 * reporter, {@code imf-dots-PAK}) read by the tidy indicator importer.
 */
public final class ImfApi implements OnePageApi {

  static final String EXPORTS = "TXG_FOB_USD";
  static final String IMPORTS = "TMG_CIF_USD";

  private final Gazetteer gazetteer;

  public ImfApi(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public ApiId id() {
    return ApiId.IMF;
  }

  @Override
  public List<Query> queries(FetchRequest r, Settings s) {
    String a = iso2(r.dyad().first());
    String b = iso2(r.dyad().second());
    return List.of(Query.of(id(), s.base(ApiId.IMF) + "/CompactData/DOT/A." + a + "+" + b + "." + EXPORTS + "+"
        + IMPORTS + "." + a + "+" + b + "?startPeriod=" + r.fromYear() + "&endPeriod=" + r.toYear()));
  }

  private String iso2(String iso3) {
    return gazetteer.byIso3(iso3).map(Country::iso2).orElseThrow(() -> new IllegalArgumentException(
        "imf: unknown country " + iso3));
  }

  @Override
  public String pagingNote() {
    return "one answer (at most 3,000 series, far above the 4 asked)";
  }

  @Override
  public List<JsonNode> records(Query q, byte[] body) throws BadResponseException {
    JsonNode root = Json.parse(q, body);
    JsonNode data = Json.required(q, root, "CompactData");
    JsonNode set = Json.required(q, data, "DataSet");
    return Json.oneOrMany(set.get("Series"));
  }

  @Override
  public ImportInput input(FetchRequest r, List<Response> responses) throws BadResponseException {
    Dyad d = r.dyad();
    List<List<String>> rows = new ArrayList<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (Response resp : responses) {
      Query q = resp.query();
      for (JsonNode series : records(q, resp.body())) {
        String reporter = iso3(q, Json.text(series, "@REF_AREA"));
        String partner = iso3(q, Json.text(series, "@COUNTERPART_AREA"));
        String indicator = Json.text(series, "@INDICATOR");
        if (reporter.equals(partner) || !d.contains(reporter) || !d.contains(partner)) {
          continue;
        }
        boolean first = reporter.equals(d.first());
        String target = switch (indicator) {
          case EXPORTS -> first ? "trade.exports" : "trade.imports";
          case IMPORTS -> first ? "trade.imports" : "trade.exports";
          default -> throw new BadResponseException(q, "unexpected indicator '" + indicator + "'");
        };
        String mult = Json.text(series, "@UNIT_MULT");
        int scale = mult.isEmpty() ? 0 : Integer.parseInt(mult);
        String source = "imf-dots-" + reporter;
        sources.putIfAbsent(source, List.of(source, "IMF Direction of Trade Statistics (DOTS): "
            + name(reporter) + " as reporter", "International Monetary Fund", "international organisation", "A", "",
            "https://data.imf.org"));
        for (JsonNode obs : Json.oneOrMany(series.get("Obs"))) {
          String value = Json.text(obs, "@OBS_VALUE");
          String year = Json.text(obs, "@TIME_PERIOD");
          if (value.isEmpty()) {
            continue;
          }
          BigDecimal usdMillion;
          try {
            usdMillion = StatNumber.exactDecimal(value).movePointRight(scale - 6);
          } catch (NumberFormatException e) {
            throw new BadResponseException(q, "@OBS_VALUE is not a number: '" + value + "' (" + reporter + " "
                + indicator + " " + year + ")");
          }
          rows.add(List.of(target, d.id(), d.id(), year, usdMillion.stripTrailingZeros().toPlainString(),
              "USD million", "observed", source, "", "IMF DOTS " + indicator + " reported by " + reporter));
        }
      }
    }
    byte[] obs = Text.csv(List.of("indicator", "dyad", "subject", "period", "value", "unit", "status", "source",
        "reported_by", "note"), rows, false);
    byte[] src = Text.csv(List.of("id", "citation", "publisher", "kind", "grade", "year", "url"),
        new ArrayList<>(sources.values()), false);
    return ImportInput.of(ImportInput.Kind.INDICATORS, List.of(new ImportInput.InputFile("imf-dots-" + d.id()
        + ".csv", obs), new ImportInput.InputFile("imf-dots-" + d.id() + "-sources.csv", src)));
  }

  private String iso3(Query q, String iso2) throws BadResponseException {
    return gazetteer.byIso2(iso2).map(Country::iso3).orElseThrow(() -> new BadResponseException(q,
        "unknown area code '" + iso2 + "'"));
  }

  private String name(String iso3) {
    return gazetteer.byIso3(iso3).map(Country::name).orElse(iso3);
  }
}
