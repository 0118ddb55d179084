package io.dyadscope.fetch.api.violation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A deliberate violation for {@code ArchitectureTest}: a class among the pure API readers that sends a request.
 * It lives in test sources, which the architecture check of the main code leaves out.
 */
public final class SendsARequest {

  private SendsARequest() {}

  public static int send() throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
