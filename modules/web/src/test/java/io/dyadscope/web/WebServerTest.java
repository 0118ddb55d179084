package io.dyadscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Point;
import io.dyadscope.app.SeriesSelection;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.UserError;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over HTTP: the API's numbers are the services' numbers, and hostile requests are refused. */
class WebServerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Dyad DYAD = Dyad.parse("PAK-AFG");

  /** Synthetic report: the table's parts (140 + 80 + 70 = 290) do not add up to its total (300), on line 5. */
  static final String REPORT = """
      Border security <script>window.pwned=3</script>

      Table 3: Security incidents along the border (2024) (Number of reported incidents)
      Year Cross-border attacks Militant activities Counterterrorism operations Total incidents
      2024 140 80 70 300
      """;

  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = TestServer.shared();
  }

  @Test
  void theDyadsAreThoseOfTheWorkspace() throws Exception {
    assertThat(JSON.readTree(t.get("/api/dyads").body()).get("dyads").toString()).isEqualTo("[\"PAK-AFG\"]");
  }

  @Test
  void aSeriesHasTheServicesPointsAndProjection() throws Exception {
    HttpResponse<String> r = t.get("/api/dyads/PAK-AFG/series/trade.total");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode s = JSON.readTree(r.body());
    SeriesSelection sel = t.app.series().series(DYAD, "trade.total", null);
    List<Point> points = sel.result().series().points();
    assertThat(s.get("points")).hasSize(points.size());
    for (int i = 0; i < points.size(); i++) {
      assertThat(s.get("points").get(i).get("period").asText()).isEqualTo(points.get(i).period().toString());
      assertThat(s.get("points").get(i).get("value").asDouble()).isEqualTo(points.get(i).value());
    }
    Forecast f = (Forecast) t.app.series().forecast(DYAD, "trade.total", null, null).outlook();
    assertThat(s.get("projection").get("point").asDouble()).isEqualTo(f.point());
    assertThat(s.get("projection").get("p95").get("lo").asDouble()).isEqualTo(f.p95().lo());
    assertThat(s.get("published")).hasSize(sel.result().projections().size());
  }

  @Test
  void theObservationsAreAllOfTheDyadAndExportAsCsv() throws Exception {
    int n = t.app.evidence().observations(ObservationQuery.all().dyad("PAK-AFG")).size();
    assertThat(JSON.readTree(t.get("/api/dyads/PAK-AFG/observations").body()).get("rows")).hasSize(n);
    HttpResponse<String> csv = t.get("/api/dyads/PAK-AFG/observations.csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().split("\r\n")).hasSize(n + 1);
    assertThat(csv.body()).startsWith("id,indicator,subject,period,value,unit,status,source");
  }

  @Test
  void theEventPictureIsTheServicesAndItsRangeNarrowsIt() throws Exception {
    EventPicture all = t.app.events().picture(new PictureQuery(DYAD, true, null, null, List.of(), 10));
    JsonNode p = JSON.readTree(t.get("/api/dyads/PAK-AFG/events").body());
    assertThat(p.get("types")).hasSize(all.types().size());
    assertThat(p.get("datasets").get(0).get("events").asLong()).isEqualTo(9);
    assertThat(p.get("sources").get(0).asText()).startsWith("GDELT Event Database").endsWith("(gdelt-events)");
    JsonNode feb = JSON.readTree(t.get("/api/dyads/PAK-AFG/events?from=2023-02&to=2023-02").body());
    assertThat(feb.get("types").findValuesAsText("period")).containsOnly("2023-02");
    assertThat(t.get("/api/dyads/PAK-AFG/events?from=2023-03&to=2023-01").statusCode()).isEqualTo(400);
    assertThat(t.get("/api/dyads/PAK-AFG/events?from=../x").statusCode()).isEqualTo(400);
  }

  @Test
  void theMonthlyForecastsSectionShowsTheFanAndTheEvaluationOfTheWorkspacesEvents() throws Exception {
    HttpResponse<String> r = t.get("/d/PAK-AFG/dossier/forecasts");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<section id=\"forecasts\">", "Monthly forecasts", "id=\"forecast-monthly-fan\"",
        "class=\"band95\"", "<h3 id=\"forecast-monthly-quantiles\">", "The series is too short to test the forecasts");
  }

  @Test
  void aDossierSectionIsRenderedByTheDossierTemplates() throws Exception {
    HttpResponse<String> r = t.get("/d/PAK-AFG/dossier/data");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<section id=\"data\">").contains("Data and sources");
    assertThat(t.get("/d/PAK-AFG/dossier/nonsense").statusCode()).isEqualTo(404);
  }

  @Test
  void documentTextIsEscapedInEveryPage() throws Exception {
    for (String page : List.of("/d/PAK-AFG/dossier/evidence", "/api/dyads/PAK-AFG/observations",
        "/d/PAK-AFG/dossier/data", "/d/PAK-AFG")) {
      assertThat(t.get(page).body()).as(page).doesNotContain("<script>window.pwned").doesNotContain("<img src=x");
    }
  }

  @Test
  void pathsInParametersAreRefused() throws Exception {
    assertThat(t.get("/api/dyads/PAK-AFG/series/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
    assertThat(t.get("/api/dyads/PAK-AFG/series/..").statusCode()).isIn(400, 404);
    assertThat(t.get("/api/dyads/PAK-AFG/series/trade.total?subject=../../x").statusCode()).isEqualTo(400);
    assertThat(t.get("/d/..%2F..%2Fetc/dossier/summary").statusCode()).isIn(400, 404);
    assertThat(t.get("/d/PAK-AFG/dossier/..%2Fdossier").statusCode()).isIn(400, 404);
    assertThat(t.get("/static/..%2F..%2F..%2Fetc%2Fpasswd").body()).doesNotContain("root:");
    assertThat(t.get("/d/PAK-AFG/dossier/summary/../../../../etc/passwd").body()).doesNotContain("root:");
    assertThat(t.get("/api/dyads/XXX-YYY/observations").statusCode()).isIn(400, 404);
  }

  @Test
  void anOversizedBodyIsRefusedAndNothingIsWritten() throws Exception {
    HttpResponse<String> r = t.post("/api/dyads/PAK-AFG/audit?format=txt", new byte[WebServer.MAX_UPLOAD + 1], null);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(Files.exists(t.workspace.resolve(Uploads.FOLDER))).isFalse();
  }

  @Test
  void uploadsOfAnotherTypeAreRefused() throws Exception {
    assertThat(t.post("/api/dyads/PAK-AFG/audit?format=exe", REPORT.getBytes(StandardCharsets.UTF_8), null)
        .statusCode()).isEqualTo(400);
    assertThat(t.post("/api/dyads/PAK-AFG/audit?format=pdf", REPORT.getBytes(StandardCharsets.UTF_8), null)
        .statusCode()).isEqualTo(400);
    assertThat(t.post("/api/dyads/PAK-AFG/audit?format=../../x", REPORT.getBytes(StandardCharsets.UTF_8), null)
        .statusCode()).isEqualTo(400);
  }

  @Test
  void aCorruptPdfIsRefusedWithTheCommandLinesMessageNotAnInternalError() throws Exception {
    // synthetic: a PDF header and nothing a PDF reader can use
    byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n".getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> r = t.post("/api/dyads/PAK-AFG/audit?format=pdf", corrupt, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    java.nio.file.Path file = Files.write(Files.createTempFile("corrupt", ".pdf"), corrupt);
    try {
      String cli = org.junit.jupiter.api.Assertions.assertThrows(UserError.class, () -> t.app.audits().audit(
          new io.dyadscope.app.AuditService.Request(file, DYAD, null, null, false))).getMessage();
      assertThat(cli).startsWith("cannot read PDF " + file + ": ");
      assertThat(JSON.readTree(r.body()).get("error").asText())
          .isEqualTo(cli.replace(file.toString(), "the uploaded report"));
    } finally {
      Files.delete(file);
    }
    assertThat(Files.exists(t.workspace.resolve(Uploads.FOLDER))).isFalse();
  }

  @Test
  void anUploadedReportIsAuditedFromATemporaryFileThatIsGoneAfterwards() throws Exception {
    HttpResponse<String> r = t.post("/api/dyads/PAK-AFG/audit?format=txt", REPORT.getBytes(StandardCharsets.UTF_8),
        null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode a = JSON.readTree(r.body());
    assertThat(a.get("findings").toString()).contains("table-arithmetic").contains("\"line\":5");
    assertThat(a.get("saved").asBoolean()).isFalse();
    assertThat(Files.exists(t.workspace.resolve(Uploads.FOLDER))).isFalse();
  }

  @Test
  void savingAnAuditNeedsTheWriteToken() throws Exception {
    byte[] report = REPORT.getBytes(StandardCharsets.UTF_8);
    assertThat(t.post("/api/dyads/PAK-AFG/audit?format=txt&save=true", report, null).statusCode()).isEqualTo(403);
    assertThat(t.post("/api/dyads/PAK-AFG/audit?format=txt&save=true", report, "0".repeat(32)).statusCode())
        .isEqualTo(403);
    HttpResponse<String> ok = t.post("/api/dyads/PAK-AFG/audit?format=txt&save=true", report, t.token.value());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).get("saved").asBoolean()).isTrue();
  }

  @Test
  void pagesCarryAContentSecurityPolicyThatAllowsNoInlineScript() throws Exception {
    HttpResponse<String> r = t.get("/");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
        .doesNotContain("unsafe-eval");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void aPortInUseIsAUserErrorNamingIt() {
    int port = t.server.port();
    assertThatThrownBy(() -> WebServer.start(t.app, "127.0.0.1", port, t.token)).isInstanceOf(UserError.class)
        .hasMessageContaining("127.0.0.1:" + port);
  }

  @Test
  void aRequestForAnotherHostNameIsRefused() throws Exception {
    try (Socket s = new Socket("127.0.0.1", t.server.port())) {
      OutputStream out = s.getOutputStream();
      out.write("GET /api/dyads HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      assertThat(status).contains(" 403");
    }
  }
}
