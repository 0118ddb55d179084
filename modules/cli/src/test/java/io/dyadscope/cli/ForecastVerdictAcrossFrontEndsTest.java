package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.app.Application;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.web.WebServer;
import io.dyadscope.web.WriteToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `forecast` command, the dossier and the dashboard give one verdict on one published
 * projection, in the same words; where there is no forecast none of them gives a verdict on an
 * interval.
 */
class ForecastVerdictAcrossFrontEndsTest {

  private static final Pattern VERDICT = Pattern.compile("verdict: ([^(\\n]+?)(?: \\(|\\n|$)");

  @TempDir
  static Path dir;

  static String ws;

  @BeforeAll
  static void importASeriesLongEnoughToJudgeBy() throws IOException {
    // Synthetic figures, labelled as such: ten years of a noisy rise and a published 2024 projection,
    // plus a one-point series whose projection cannot be judged.
    Path sources = dir.resolve("sources.csv");
    Files.writeString(sources, """
        id,citation,publisher,kind,grade,year,url
        synthetic-verdict,Synthetic India-Pakistan figures written for Dyadscope's tests (not real data),Dyadscope tests,dataset,F,2026,
        """);
    StringBuilder csv = new StringBuilder("indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n");
    double[] values = {500, 540, 565, 610, 630, 680, 700, 745, 770, 820};
    for (int i = 0; i < values.length; i++) {
      csv.append("trade.total,IND-PAK,IND-PAK,").append(2013 + i).append(',').append((int) values[i])
          .append(",USD million,observed,synthetic-verdict,,synthetic\n");
    }
    csv.append("trade.total,IND-PAK,IND-PAK,2024,880,USD million,projection,synthetic-verdict,,synthetic\n");
    csv.append("refugees.registered,IND-PAK,PAK,2022,1000,count,observed,synthetic-verdict,,synthetic\n");
    csv.append("refugees.registered,IND-PAK,PAK,2024,5000,count,projection,synthetic-verdict,,synthetic\n");
    Path obs = dir.resolve("ind-pak.csv");
    Files.writeString(obs, csv.toString());
    ws = dir.resolve("ws").toString();
    CliRun imp = CliRun.of("import", "indicators", obs.toString(), "--sources", sources.toString(), "--workspace", ws);
    assertThat(imp.code()).as(imp.err()).isZero();
  }

  @Test
  void theCommandTheDossierAndTheDashboardGiveTheSameVerdict() throws Exception {
    String cli = cliVerdicts("trade.total").get(0);
    String dossier = dossierVerdict("trade.total");
    JsonNode published;
    try (Dashboard d = new Dashboard()) {
      published = d.published("trade.total");
    }
    assertThat(cli).isEqualTo("inside the 80% interval");
    assertThat(dossier).isEqualTo(cli);
    assertThat(published.get(0).path("verdict").asText()).isEqualTo(cli);
  }

  @Test
  void withoutAForecastNoFrontEndJudgesTheInterval() throws Exception {
    String cli = cliVerdicts("refugees.registered").get(0);
    JsonNode published;
    try (Dashboard d = new Dashboard()) {
      published = d.published("refugees.registered");
    }
    assertThat(cli).isEqualTo("no forecast to judge by");
    assertThat(published.get(0).path("verdict").asText()).isEqualTo(cli);
    assertThat(published.toString()).doesNotContain("within80", "inside the 80%");
  }

  private static List<String> cliVerdicts(String indicator) {
    CliRun r = CliRun.of("forecast", indicator, "--dyad", "IND-PAK", "--workspace", ws);
    assertThat(r.code()).as(r.err()).isZero();
    List<String> out = new ArrayList<>();
    Matcher m = VERDICT.matcher(r.out());
    while (m.find()) {
      out.add(m.group(1).strip());
    }
    assertThat(out).as(r.out()).isNotEmpty();
    return out;
  }

  private static String dossierVerdict(String indicator) throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("report", "--dyad", "IND-PAK", "--workspace", ws, "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(out.resolve("dossier.json").toFile());
    for (JsonNode t : root.path("tables")) {
      for (JsonNode c : t.path("comparisons")) {
        if (c.path("indicator").asText().equals(indicator)) {
          return c.path("verdict").asText();
        }
      }
    }
    throw new AssertionError("no comparison of " + indicator + " in the dossier");
  }

  /** The dashboard over the same workspace, on a free loopback port. */
  private static final class Dashboard implements AutoCloseable {
    final WebServer server = WebServer.start(new Application(new WorkspaceAccess(Path.of(ws),
        WorkspaceAccess.DEFAULT_PATIENCE, m -> { })), "127.0.0.1", 0, WriteToken.random());

    JsonNode published(String indicator) throws IOException, InterruptedException {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + server.port() + "/api/dyads/IND-PAK/series/" + indicator)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      return new ObjectMapper().readTree(r.body()).path("published");
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
