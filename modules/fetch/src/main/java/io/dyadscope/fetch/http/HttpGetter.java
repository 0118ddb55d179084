package io.dyadscope.fetch.http;

import io.dyadscope.evidence.Hashing;
import io.dyadscope.fetch.api.Query;
import io.dyadscope.fetch.api.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Sends a query with its credentials and returns the answer: retried on 429 and 5xx as {@link Retry} says,
 * any other error status refused with {@link HttpStatusException}, no connection at all {@link Unreachable}.
 * Messages show the query's public address, never a credential.
 */
public final class HttpGetter {

  /** Waits; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final HttpClient client;
  private final Retry retry;
  private final Sleeper sleeper;
  private final Clock clock;

  public HttpGetter(Retry retry, Sleeper sleeper, Clock clock) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.retry = retry;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  public static HttpGetter standard() {
    return new HttpGetter(Retry.standard(), d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
  }

  public Response get(Query q) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address(q))).timeout(Duration.ofMinutes(5)).GET()
        .header("User-Agent", "dyadscope-fetch").header("Accept", "application/json, text/plain, */*");
    q.secretHeaders().forEach(b::header);
    HttpRequest request = b.build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> r;
      try {
        r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (ConnectException | HttpConnectTimeoutException | UnknownHostException e) {
        throw new Unreachable("could not reach " + host(q) + " (" + scrub(String.valueOf(e.getMessage()), q) + ")", e);
      } catch (HttpTimeoutException e) {
        throw new Unreachable("no answer from " + host(q) + " in time", e);
      } catch (IOException e) {
        if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException) {
          throw new Unreachable("could not reach " + host(q), e);
        }
        throw new IOException(q.url() + ": " + scrub(String.valueOf(e.getMessage()), q), e);
      }
      int status = r.statusCode();
      if (status >= 200 && status < 300) {
        byte[] body = r.body();
        return new Response(q, body, clock.instant(), Hashing.sha256(body), false);
      }
      if (Retry.retryable(status) && attempt < retry.attempts()) {
        long after = r.headers().firstValue("Retry-After").map(HttpGetter::seconds).orElse(-1L);
        sleeper.sleep(retry.pause(attempt, after));
        continue;
      }
      String body = new String(r.body(), 0, Math.min(r.body().length, 300), StandardCharsets.UTF_8)
          .replaceAll("\\s+", " ").strip();
      String tries = Retry.retryable(status) ? " after " + attempt + " tries" : "";
      throw new HttpStatusException(status, q.url() + ": HTTP " + status + tries
          + (body.isEmpty() ? "" : " (" + scrub(body, q) + ")"));
    }
  }

  /** The address sent: the public one plus the secret parameters. */
  static String address(Query q) {
    if (q.secretParams().isEmpty()) {
      return q.url();
    }
    StringBuilder b = new StringBuilder(q.url()).append(q.url().contains("?") ? '&' : '?');
    boolean first = true;
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(q.secretParams()).entrySet()) {
      b.append(first ? "" : "&").append(e.getKey()).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      first = false;
    }
    return b.toString();
  }

  static String scrub(String text, Query q) {
    String out = text;
    for (String secret : q.secretParams().values()) {
      out = out.replace(secret, "***").replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), "***");
    }
    for (String secret : q.secretHeaders().values()) {
      out = out.replace(secret, "***");
    }
    return out;
  }

  private static String host(Query q) {
    try {
      URI u = URI.create(q.url());
      return u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
    } catch (IllegalArgumentException e) {
      return q.url();
    }
  }

  private static long seconds(String retryAfter) {
    try {
      return Long.parseLong(retryAfter.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
