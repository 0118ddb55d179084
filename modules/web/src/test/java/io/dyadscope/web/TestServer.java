package io.dyadscope.web;

import io.dyadscope.app.Application;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.app.corpus.DocumentOptions;
import io.dyadscope.app.events.EventImportService;
import io.dyadscope.evidence.Dyad;
import java.util.List;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dashboard over a fresh workspace holding the default dataset plus one hostile observation
 * (synthetic: a note carrying a script tag) and the synthetic GDELT fixture's events, on a free loopback port.
 */
final class TestServer implements AutoCloseable {

  /** Synthetic observation whose note tries to inject a script into any page that shows it. */
  static final String HOSTILE_NOTE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";

  /** Synthetic document whose text tries to run script where it is shown; it mentions the border crossing. */
  static final String HOSTILE_DOCUMENT = "Traders waited at the border crossing for a week. "
      + "<script>window.pwned=4</script> The crossing reopened on Monday.";

  final Path workspace;
  final Application app;
  final WriteToken token = WriteToken.random();
  final WebServer server;
  final HttpClient http = HttpClient.newHttpClient();

  private static TestServer shared;

  /**
   * One server for every test class of the run: setting up the workspace takes most of the time.
   * It stops, and its folder is deleted, when the JVM ends.
   */
  static synchronized TestServer shared() throws Exception {
    if (shared == null) {
      Path dir = Files.createTempDirectory("dyadscope-web-test-");
      shared = new TestServer(dir);
      TestServer s = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        s.server.close();
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
          // a temporary folder left behind is harmless
        }
      }));
    }
    return shared;
  }

  TestServer(Path dir) throws Exception {
    workspace = dir.resolve("ws");
    // the paper's figures without the evidence pack: the synthetic events below are the only events
    app = new Application(new WorkspaceAccess(workspace, WorkspaceAccess.DEFAULT_PATIENCE, m -> { },
        io.dyadscope.app.DefaultDataset.standard().withoutPack()));
    Path csv = dir.resolve("hostile.csv");
    Files.writeString(csv, "indicator,dyad,subject,period,value,unit,status,source,reported_by,location,note\n"
        + "trade.total,PAK-AFG,PAK-AFG,2023,1650,USD million,observed,sbp-2023,,Table 9,\""
        + HOSTILE_NOTE.replace("\"", "\"\"") + "\"\n", StandardCharsets.UTF_8);
    app.imports().indicators(csv, null);
    Path events = Path.of(TestServer.class.getResource("synthetic-gdelt2.export.CSV").toURI());
    app.events().importFiles(new EventImportService.Request(List.of(events), null, false, null,
        Dyad.parse("PAK-AFG"), false), (read, total, rows) -> { });
    app.reports().prepareCorpus(Dyad.parse("PAK-AFG"));   // the default corpus, as the first report loads it
    Path doc = dir.resolve("hostile-document.txt");
    Files.writeString(doc, HOSTILE_DOCUMENT, StandardCharsets.UTF_8);
    app.corpus(null).run(c -> c.importFiles(List.of(doc), null, new DocumentOptions("hostile-document",
        "<b onmouseover=\"window.pwned=5\">Hostile title</b>", "Synthetic test fixture", "news", "2024-05", "en", null,
        null, null)));
    server = WebServer.start(app, "127.0.0.1", 0, token);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, byte[] body, String tokenOrNull) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/octet-stream");
    if (tokenOrNull != null) {
      b.header(WriteToken.HEADER, tokenOrNull);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
  }
}
