package io.dyadscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.app.overview.DyadOverview;
import io.dyadscope.app.overview.DyadOverview.LinePoint;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.ObservationQuery;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overview's JSON, each chart's CSV and metadata, and the map page, over HTTP. */
class OverviewApiTest {

  static TestServer t;
  static DyadOverview o;

  @BeforeAll
  static void start() throws Exception {
    t = TestServer.shared();
    o = t.app.overview().overview(Dyad.parse("PAK-AFG"));
  }

  @Test
  void theIndicatorsApiListsEachIndicatorAndSubjectWithItsCountAsTheApplicationAnswersIt() throws Exception {
    JsonNode list = WebServer.JSON.readTree(t.get("/api/dyads/PAK-AFG/indicators").body());
    List<String> fields = new ArrayList<>();
    list.get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("indicator", "name", "subject", "unit", "observations");
    long stored = t.app.evidence().observations(ObservationQuery.all().dyad("PAK-AFG").indicator("trade.total")).stream()
        .filter(x -> x.subject().equals("PAK-AFG")).count();
    JsonNode trade = null;
    for (JsonNode n : list) {
      if (n.get("indicator").asText().equals("trade.total") && n.get("subject").asText().equals("PAK-AFG")) {
        trade = n;
      }
    }
    assertThat(trade).isNotNull();
    assertThat(trade.get("name").asText()).isEqualTo("Total bilateral trade");
    assertThat(trade.get("unit").asText()).isEqualTo("USD million");
    assertThat(trade.get("observations").asLong()).isEqualTo(stored).isPositive();
  }

  @Test
  void theTradeChartsCsvHasOneRowPerPointOfTheServicesLines() throws Exception {
    HttpResponse<String> r = t.get("/api/dyads/PAK-AFG/charts/trade.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    List<String> expected = new ArrayList<>();
    ChartDownloads.chart(o, "trade").lines().forEach(l -> {
      for (LinePoint p : l.points()) {
        expected.add("\"" + l.key() + "\",\"" + l.label() + "\",\"" + l.indicator() + "\",\"" + l.subject() + "\",\""
            + p.period() + "\",\"" + Api.plain(p.time()) + "\",\"" + Api.plain(p.value()) + "\",\"" + l.unit() + "\",\""
            + String.join(";", p.sources()) + "\"");
      }
    });
    assertThat(r.body().split("\r\n")).containsExactlyElementsOf(concat(String.join(",", ChartDownloads.CSV_COLUMNS),
        expected));
    assertThat(r.body()).contains("\"trade.total/PAK-AFG\",\"Total bilateral trade\",\"trade.total\",\"PAK-AFG\","
        + "\"2021\",\"2021\",\"1200\",\"USD million\",\"sbp-2023;afg-cso-2023\"");
  }

  @Test
  void theMetadataNamesTheChartItsColumnsAndTheirSources() throws Exception {
    HttpResponse<String> r = t.get("/api/dyads/PAK-AFG/charts/trade.metadata.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode m = WebServer.JSON.readTree(r.body());
    assertThat(m.at("/chart/title").asText()).isEqualTo("Bilateral trade: Pakistan and Afghanistan");
    assertThat(m.at("/chart/csvUrl").asText()).isEqualTo("/api/dyads/PAK-AFG/charts/trade.csv");
    JsonNode total = m.at("/columns/trade.total~1PAK-AFG");
    assertThat(total.get("unit").asText()).isEqualTo("USD million");
    assertThat(total.get("timespan").asText()).isEqualTo("2019-2023");
    assertThat(total.get("sources").findValuesAsText("id")).contains("sbp-2023", "afg-cso-2023", "wb-2023");
  }

  @Test
  void theOverviewJsonIsTheServicesOverview() throws Exception {
    JsonNode j = WebServer.JSON.readTree(t.get("/api/dyads/PAK-AFG/overview").body());
    assertThat(j.at("/first/name").asText()).isEqualTo("Pakistan");
    assertThat(j.get("charts").size()).isEqualTo(o.charts().size());
    assertThat(j.get("keyEvents").size()).isEqualTo(o.keyEvents().size());
  }

  @Test
  void anUnknownChartOrFileKindIsNotFound() throws Exception {
    assertThat(t.get("/api/dyads/PAK-AFG/charts/nothing.csv").statusCode()).isEqualTo(404);
    assertThat(t.get("/api/dyads/PAK-AFG/charts/trade.xlsx").statusCode()).isEqualTo(404);
    assertThat(t.get("/api/dyads/PAK-AFG/charts/..%2Ftrade.csv").statusCode()).isIn(400, 404);
  }

  @Test
  void theMapPageRefusesAnUnknownMeasureAndABackwardPeriod() throws Exception {
    assertThat(t.get("/d/PAK-AFG/map?measure=deaths").statusCode()).isEqualTo(400);
    assertThat(t.get("/d/PAK-AFG/map?from=2023-03&to=2023-01").statusCode()).isEqualTo(400);
    HttpResponse<String> ok = t.get("/d/PAK-AFG/map?from=2023-01&to=2023-02&measure=fatalities");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("Fatalities from 2023-01 to 2023-02").contains("OpenStreetMap contributors (ODbL)");
  }

  private static List<String> concat(String head, List<String> rest) {
    List<String> out = new ArrayList<>();
    out.add(head);
    out.addAll(rest);
    return out;
  }
}
