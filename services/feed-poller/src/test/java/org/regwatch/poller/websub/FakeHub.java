package org.regwatch.poller.websub;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A WebSub hub on a real loopback socket, as a test needs one: it takes subscription requests,
 * verifies intent against the subscriber's callback asynchronously (after answering 202, as §5.2
 * describes), remembers the verified subscriptions, and pushes signed (or unsigned, or badly
 * signed) content to them. Unsubscribe requests are verified the same way; a verified one ends the
 * subscription.
 */
final class FakeHub implements AutoCloseable {

  record Subscribe(String topic, String callback, String secret, long leaseSeconds) {}

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ExecutorService verifier = Executors.newSingleThreadExecutor();
  private final List<Subscribe> requests = new CopyOnWriteArrayList<>();
  private final List<Subscribe> verified = new CopyOnWriteArrayList<>();
  private final Map<String, Subscribe> current = new ConcurrentHashMap<>();
  private final List<Subscribe> unsubscribeRequests = new CopyOnWriteArrayList<>();
  private final List<Subscribe> unsubscribed = new CopyOnWriteArrayList<>();
  private volatile long grantedLeaseSeconds = 600;
  private volatile int answer = 202;

  FakeHub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.createContext("/hub", exchange -> {
      try (exchange) {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Subscribe request = new Subscribe(form.get("hub.topic"), form.get("hub.callback"),
            form.get("hub.secret"), Long.parseLong(form.getOrDefault("hub.lease_seconds", "0")));
        String mode = form.get("hub.mode");
        if ("unsubscribe".equals(mode)) {
          unsubscribeRequests.add(request);
          exchange.sendResponseHeaders(202, -1);
          verifier.execute(() -> verifyUnsubscribe(request));
          return;
        }
        requests.add(request);
        int status = "subscribe".equals(mode) ? answer : 400;
        exchange.sendResponseHeaders(status, -1);
        if (status == 202) {
          verifier.execute(() -> verify(request));
        }
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hub";
  }

  /** The lease this hub grants from now on (it decides, whatever the subscriber asked). */
  void grantLeaseSeconds(long seconds) {
    grantedLeaseSeconds = seconds;
  }

  /** Refuse every further subscription request with this status, e.g. 400. */
  void refuseWith(int status) {
    answer = status;
  }

  List<Subscribe> requests(String topic) {
    return requests.stream().filter(r -> r.topic().equals(topic)).toList();
  }

  List<Subscribe> verified(String topic) {
    return verified.stream().filter(r -> r.topic().equals(topic)).toList();
  }

  /** Unsubscribe requests received for the topic (secret and lease are absent in them). */
  List<Subscribe> unsubscribeRequests(String topic) {
    return unsubscribeRequests.stream().filter(r -> r.topic().equals(topic)).toList();
  }

  /** Unsubscriptions whose intent the subscriber confirmed. */
  List<Subscribe> unsubscribed(String topic) {
    return unsubscribed.stream().filter(r -> r.topic().equals(topic)).toList();
  }

  Optional<Subscribe> subscription(String topic) {
    return Optional.ofNullable(current.get(topic));
  }

  /** Distributes content to the topic's subscriber; {@code method} null sends no signature. */
  int push(String topic, byte[] body, String method, String secret) throws Exception {
    Subscribe subscription = current.get(topic);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.callback()))
        .header("Content-Type", "application/rss+xml; charset=utf-8")
        .header("Link", "<" + url() + ">; rel=\"hub\", <" + topic + ">; rel=\"self\"")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (method != null) {
      request.header("X-Hub-Signature", HubSignature.sign(method, secret, body));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A signed push with the secret of the verified subscription. */
  int pushSigned(String topic, byte[] body) throws Exception {
    return push(topic, body, "sha256", current.get(topic).secret());
  }

  /** Sends the hub's intent verification GET to any callback and returns status and body. */
  HttpResponse<String> verification(String callback, String mode, String topic, String challenge) throws Exception {
    String uri = callback + "?hub.mode=" + enc(mode) + "&hub.topic=" + enc(topic)
        + "&hub.challenge=" + enc(challenge) + "&hub.lease_seconds=" + grantedLeaseSeconds;
    return client.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private void verify(Subscribe request) {
    if (intentConfirmed(request, "subscribe")) {
      verified.add(request);
      current.put(request.topic(), request);
    }
  }

  private void verifyUnsubscribe(Subscribe request) {
    if (intentConfirmed(request, "unsubscribe")) {
      unsubscribed.add(request);
      current.remove(request.topic());
    }
  }

  /** §5.3: true when the subscriber echoed the challenge; otherwise the request does not count. */
  private boolean intentConfirmed(Subscribe request, String mode) {
    try {
      String challenge = UUID.randomUUID().toString();
      HttpResponse<String> response = verification(request.callback(), mode, request.topic(), challenge);
      return response.statusCode() / 100 == 2 && challenge.equals(response.body());
    } catch (Exception e) {
      return false;
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    verifier.shutdownNow();
  }
}
