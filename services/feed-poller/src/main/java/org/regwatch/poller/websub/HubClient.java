package org.regwatch.poller.websub;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.regwatch.poller.PollerConfig;

/** Sends (un)subscription requests to hubs (WebSub §5.1: form-encoded POST, 202 Accepted). */
@ApplicationScoped
public class HubClient {

  private final HttpClient client;
  private final PollerConfig.WebSub config;
  private final String userAgent;

  public HubClient(PollerConfig config) {
    this.config = config.websub();
    this.userAgent = config.fetch().userAgent();
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.fetch().connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL) // a hub's 307/308 keeps the POST (§5.1)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** Asks the hub to subscribe; throws with the hub's answer when it does not accept (2xx). */
  void subscribe(String hub, String topic, String callback, String secret)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("hub.mode", "subscribe");
    form.put("hub.topic", topic);
    form.put("hub.callback", callback);
    form.put("hub.secret", secret);
    form.put("hub.lease_seconds", Long.toString(config.leaseSeconds()));
    send(hub, form);
  }

  /** Asks the hub to stop pushing to this callback (§5.1; the hub then verifies our intent). */
  void unsubscribe(String hub, String topic, String callback) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("hub.mode", "unsubscribe");
    form.put("hub.topic", topic);
    form.put("hub.callback", callback);
    send(hub, form);
  }

  private void send(String hub, Map<String, String> form) throws IOException, InterruptedException {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(hub))
        .timeout(config.requestTimeout())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("User-Agent", userAgent)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      String text = response.body() == null ? "" : response.body().strip();
      throw new IOException("hub answered HTTP " + response.statusCode()
          + (text.isEmpty() ? "" : ": " + text.substring(0, Math.min(200, text.length()))));
    }
  }
}
