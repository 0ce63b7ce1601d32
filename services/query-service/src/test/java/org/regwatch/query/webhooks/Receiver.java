package org.regwatch.query.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on loopback that records what it gets and answers with scripted replies
 * (status, headers, delay); when the script runs out it answers the last reply again.
 */
final class Receiver implements AutoCloseable {

  record Reply(int status, Map<String, String> headers, long delayMs) {
    static Reply of(int status) {
      return new Reply(status, Map.of(), 0);
    }
  }

  record Received(Instant at, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  private Reply last = Reply.of(200);
  final List<Received> received = new CopyOnWriteArrayList<>();

  Receiver(Reply... replies) {
    script.addAll(List.of(replies));
    // The JDK server writes the response headers and the body as two small packets; without
    // TCP_NODELAY the body waits for the ACK of the headers, which the client delays by ~40 ms
    // (Nagle + delayed ACK): every request then costs 40 ms and a benchmark measures the
    // receiver, not the sender. Real receivers (nginx, Netty, ...) set TCP_NODELAY. Read once,
    // when the first server in this JVM starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, String> headers = new java.util.HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      received.add(new Received(Instant.now(), headers,
          new String(body, StandardCharsets.UTF_8)));
      Reply reply = next();
      if (reply.delayMs() > 0) {
        try {
          Thread.sleep(reply.delayMs());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] out = ("{\"answer\":" + reply.status() + "}").getBytes(StandardCharsets.UTF_8);
      try {
        exchange.sendResponseHeaders(reply.status(), out.length);
        exchange.getResponseBody().write(out);
      } catch (IOException e) {
        // the sender gave up (timeout): nothing to answer
      }
      exchange.close();
    });
    server.start();
  }

  private synchronized Reply next() {
    Reply r = script.poll();
    if (r != null) {
      last = r;
    }
    return last;
  }

  /** The URL by name, which the tests' configuration allow-lists. */
  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/hooks/regwatch";
  }

  /** The URL by IP literal, which the SSRF guard refuses. */
  String ipUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/regwatch";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
