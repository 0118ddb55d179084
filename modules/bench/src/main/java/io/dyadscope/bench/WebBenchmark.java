package io.dyadscope.bench;

import io.dyadscope.app.Application;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.web.WebServer;
import io.dyadscope.web.WriteToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Load on the dashboard's JSON API: {@code clients} concurrent clients (default 200), each on its
 * own keep-alive connection sending its next request as soon as the last is answered (so at most
 * that many are in flight), for {@code seconds} (default 30), against a server on 127.0.0.1 over a
 * fresh default workspace. Prints the requests, errors and p50/p99/max latency. Target: p99 under
 * 50 ms, no errors.
 *
 * <p>The baseline, measured in the same run under the same load, is the API's smallest answer
 * ({@code /api/dyads}, a few bytes from the cache): what Jetty, Javalin's routing, the cache check
 * and the loopback cost before the larger answers. (A static file was tried first: Jetty reads it
 * from the jar, inflating it on every request, and so it is slower than the API.) Both are warmed
 * up first (JIT, caches), and that is not counted.
 *
 * <p>Usage: {@code WebBenchmark [clients] [seconds]}
 */
public final class WebBenchmark {

  static final List<String> PATHS = List.of("/api/dyads", "/api/dyads/PAK-AFG/indicators",
      "/api/dyads/PAK-AFG/series/trade.total", "/api/dyads/PAK-AFG/observations",
      "/api/dyads/PAK-AFG/series/security.incidents.total");
  static final List<String> BASELINE = List.of("/api/dyads");

  private WebBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 600) {
      throw new IllegalArgumentException("clients must be 1..1000 and seconds 1..600: " + clients + " " + seconds);
    }
    Path dir = Files.createTempDirectory("dyadscope-web-bench-");
    Application app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE,
        m -> { }));
    try (WebServer server = WebServer.start(app, "127.0.0.1", 0, WriteToken.random())) {
      int port = server.port();
      for (String p : PATHS) {   // the first answers fill the cache
        HttpLoad.Result r = HttpLoad.run(port, List.of(p), 1, 0.2);
        if (r.errors() > 0) {
          throw new IllegalStateException(p + " failed during warm-up");
        }
      }
      double warm = Math.min(10, seconds);
      HttpLoad.run(port, BASELINE, clients, warm / 2);
      HttpLoad.run(port, PATHS, clients, warm);
      HttpLoad.Result base = HttpLoad.run(port, BASELINE, clients, Math.max(1, seconds / 3.0));
      HttpLoad.Result api = HttpLoad.run(port, PATHS, clients, seconds);
      System.out.printf("web API load, %d clients on keep-alive connections against 127.0.0.1 (default workspace):%n",
          clients);
      print("baseline, the smallest answer (" + BASELINE.get(0) + ")", base);
      print("API, " + PATHS.size() + " endpoints in turn, for " + seconds + " s", api);
      System.out.printf("  ratio API/baseline: p50 %.2f, p99 %.2f, throughput %.2f%n",
          api.percentileMs(0.5) / base.percentileMs(0.5), api.percentileMs(0.99) / base.percentileMs(0.99),
          api.perSecond() / base.perSecond());
      System.out.printf("  target: p99 < 50 ms and no errors on the API: %s%n",
          api.percentileMs(0.99) < 50 && api.errors() == 0 ? "met" : "NOT met");
    }
  }

  private static void print(String what, HttpLoad.Result r) {
    System.out.printf("  %s: %d requests (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
        r.latencies().length, r.perSecond(), r.errors(), r.percentileMs(0.5), r.percentileMs(0.99),
        r.percentileMs(1.0));
  }
}
