package io.dyadscope.bench;

import io.dyadscope.app.Application;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.web.WebServer;
import io.dyadscope.web.WriteToken;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the dashboard's JSON API: {@code clients} concurrent clients (default 200), each sending
 * its next request as soon as the last is answered (so at most that many are in flight), for
 * {@code seconds} (default 30), against a server on 127.0.0.1 over a fresh default workspace.
 * Prints the requests, errors and p50/p99/max latency. Target: p99 under 50 ms, no errors.
 *
 * <p>Usage: {@code WebBenchmark [clients] [seconds]}
 */
public final class WebBenchmark {

  static final List<String> PATHS = List.of("/api/dyads", "/api/dyads/PAK-AFG/indicators",
      "/api/dyads/PAK-AFG/series/trade.total", "/api/dyads/PAK-AFG/observations",
      "/api/dyads/PAK-AFG/series/security.incidents.total");

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
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      for (String p : PATHS) {   // warm-up: first answers fill the cache and load classes; not counted
        HttpResponse<byte[]> r = http.send(request(base + p), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
          throw new IllegalStateException(p + " answered " + r.statusCode());
        }
      }
      AtomicLong errors = new AtomicLong();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<long[][]> holders = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long[][] holder = new long[1][];
        int first = c;
        Thread t = new Thread(() -> {
          long[] lat = new long[1024];
          int n = 0;
          int i = first;
          while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> r = http.send(request(base + PATHS.get(i++ % PATHS.size())),
                  HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            if (n == lat.length) {
              lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - t0;
          }
          holder[0] = Arrays.copyOf(lat, n);
        });
        threads.add(t);
        t.start();
        holders.add(holder);
      }
      for (Thread t : threads) {
        t.join();
      }
      long[] all = holders.stream().flatMapToLong(h -> Arrays.stream(h[0])).sorted().toArray();
      System.out.printf("web API load, %d clients for %d s against %s (default workspace, %d endpoints):%n", clients,
          seconds, base, PATHS.size());
      System.out.printf("  requests: %d (%.0f per second), errors: %d%n", all.length, all.length / (double) seconds,
          errors.get());
      System.out.printf("  latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms (target: p99 < 50 ms, no errors)%n",
          ms(all, 0.50), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }
  }

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
  }
}
