package io.dyadscope.fetch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Hashing;
import io.dyadscope.fetch.api.ApiId;
import io.dyadscope.fetch.api.Query;
import io.dyadscope.fetch.api.Response;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP against a local server on 127.0.0.1: bounded retries with backoff, errors, secrets kept out of messages. */
class HttpGetterTest {

  MockWebServer server = new MockWebServer();
  final List<Duration> waits = new ArrayList<>();
  HttpGetter http = new HttpGetter(new Retry(3, Duration.ofSeconds(2), Duration.ofSeconds(30)), waits::add,
      Clock.systemUTC());

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  Query q(String path) {
    return Query.of(ApiId.WORLDBANK, "http://127.0.0.1:" + server.getPort() + path);
  }

  @Test
  void aRateLimitIsWaitedOutAsTheServerAsks() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "5").build());
    server.enqueue(new MockResponse.Builder().code(200).body("[1]").build());
    Response r = http.get(q("/a"));
    assertThat(r.text()).isEqualTo("[1]");
    assertThat(r.sha256()).isEqualTo(Hashing.sha256("[1]"));
    assertThat(waits).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void serverErrorsAreRetriedWithDoublingWaitsThenReported() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).body("Bad gateway").build());
    }
    assertThatThrownBy(() -> http.get(q("/b"))).isInstanceOf(HttpStatusException.class)
        .hasMessage("http://127.0.0.1:" + server.getPort() + "/b: HTTP 502 after 3 tries (Bad gateway)");
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aWaitLongerThanTheMaximumIsCut() {
    assertThat(new Retry(3, Duration.ofSeconds(2), Duration.ofSeconds(30)).pause(1, 3600)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aClientErrorIsNotRetriedAndTheSecretNeverShown() {
    server.enqueue(new MockResponse.Builder().code(403).body("invalid key K-SECRET for a@b.org").build());
    Query secret = q("/c?x=1").withSecrets(Map.of("key", "K-SECRET", "email", "a@b.org"), Map.of());
    assertThatThrownBy(() -> http.get(secret)).isInstanceOf(HttpStatusException.class)
        .hasMessage("http://127.0.0.1:" + server.getPort() + "/c?x=1: HTTP 403 (invalid key *** for ***)");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void noServerAtAllIsUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThatThrownBy(() -> http.get(Query.of(ApiId.UNHCR, "http://127.0.0.1:" + port + "/x")))
        .isInstanceOf(Unreachable.class).hasMessageStartingWith("could not reach 127.0.0.1:" + port);
  }

  @Test
  void theCacheGivesAKeptAnswerWhileFreshAndAnImmutableOneAlways(@TempDir Path dir) {
    ResponseCache cache = new ResponseCache(dir);
    Query q = q("/d");
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    cache.put(new Response(q, "[2]".getBytes(), t, Hashing.sha256("[2]"), false));
    assertThat(cache.get(q, Duration.ofHours(24), t.plusSeconds(3600))).get()
        .satisfies(r -> assertThat(r.fromCache()).isTrue()).satisfies(r -> assertThat(r.text()).isEqualTo("[2]"));
    assertThat(cache.get(q, Duration.ofHours(24), t.plus(Duration.ofHours(25)))).isEmpty();
    Query zip = new Query(ApiId.GDELT, q.url(), Map.of(), Map.of(), true);
    assertThat(cache.get(zip, Duration.ZERO, t.plus(Duration.ofDays(400)))).isPresent();
  }
}
