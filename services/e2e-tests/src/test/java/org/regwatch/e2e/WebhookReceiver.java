package org.regwatch.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A subscriber's webhook endpoint on loopback. It answers every request with the current reply
 * (a status after a delay; the test changes it between phases) and records each request once it
 * has answered: when it arrived, its headers and raw body, the status it answered, and whether
 * that answer was written to the connection without an error.
 */
final class WebhookReceiver implements AutoCloseable {

  record Reply(int status, long delayMs) {}

  record Receipt(Instant arrived, Map<String, String> headers, String body, int status,
      boolean answered) {

    String header(String name) {
      return headers.get(name.toLowerCase());
    }

    String webhookId() {
      return header("webhook-id");
    }

    /** A 2xx that reached the connection: the sender may have recorded a success. */
    boolean acknowledged() {
      return answered && status / 100 == 2;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
  private final AtomicInteger inProgress = new AtomicInteger();
  private final AtomicReference<Runnable> afterNextAcknowledgement = new AtomicReference<>();
  private volatile Reply reply;

  WebhookReceiver(Reply first) {
    reply = first;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/hooks/regwatch", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (answer(exchange).acknowledged()) {
      Runnable action = afterNextAcknowledgement.getAndSet(null);
      if (action != null) {
        action.run();
      }
    }
  }

  private Receipt answer(HttpExchange exchange) throws IOException {
    inProgress.incrementAndGet();
    try (exchange) {
      Instant arrived = Instant.now();
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      Reply now = reply;
      sleep(now.delayMs());
      boolean answered;
      try {
        byte[] out = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(now.status(), out.length);
        exchange.getResponseBody().write(out);
        exchange.getResponseBody().flush();
        answered = true;
      } catch (IOException e) {
        answered = false; // the sender is gone (killed) or gave up (timeout)
      }
      Receipt receipt = new Receipt(arrived, headers, new String(body, StandardCharsets.UTF_8),
          now.status(), answered);
      receipts.add(receipt);
      return receipt;
    } finally {
      inProgress.decrementAndGet();
    }
  }

  /** From now on, every request gets this answer (requests already waiting keep theirs). */
  void answer(Reply next) {
    reply = next;
  }

  /**
   * Runs {@code action} right after the next 2xx has been written and the exchange closed, on the
   * thread that answered: the moment when the sender has its success and has had no time to
   * record it.
   */
  void afterNextAcknowledgement(Runnable action) {
    afterNextAcknowledgement.set(action);
  }

  /** Every answered request so far, in the order the answers were written. */
  List<Receipt> receipts() {
    return List.copyOf(receipts);
  }

  /** Requests that arrived and are not answered yet (a slow reply holds them). */
  int inProgress() {
    return inProgress.get();
  }

  /** By host name: the query service's allow-list names {@code localhost}. */
  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/hooks/regwatch";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
