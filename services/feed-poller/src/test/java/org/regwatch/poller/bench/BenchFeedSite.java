package org.regwatch.poller.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's feed server: feed {@code n} lives at {@code http://127.1.x.y:port/feeds/n.xml},
 * one loopback address per feed, so the poller's per-host gate sees as many hosts as feeds. Every
 * feed answers with an ETag and 304 to a matching {@code If-None-Match}; one feed in
 * {@code changingEvery} gains a new item every {@code changePeriod} seconds (by the wall clock, so
 * a second run does not serve items the poller has already seen), which makes the poller parse,
 * publish to Kafka and wait for the acknowledgements.
 *
 * <p>It listens on the wildcard address because 127.0.0.0/8 cannot be bound as a whole; requests
 * from anywhere but loopback are refused.
 */
final class BenchFeedSite {

  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final int ITEMS = 5;
  private static final String[] HEADLINES = {
      "County board votes to pause police use of facial recognition for a year",
      "Retailer ends its trial of face scanning cameras after customer complaints",
      "State senators introduce a bill to limit face recognition in schools",
      "Harbour authority approves a new ferry timetable for the summer",
      "City extends its ban on government use of face surveillance indefinitely",
      "Library opens a second branch with longer weekend hours",
  };

  private final int changingEvery;
  private final int changePeriodSeconds;
  private final ExecutorService executor;
  private final AtomicLong served = new AtomicLong();
  private final BitSet seenFeeds = new BitSet();
  private HttpServer server;

  BenchFeedSite(int changingEvery, int changePeriodSeconds, int threads) {
    this.changingEvery = changingEvery;
    this.changePeriodSeconds = changePeriodSeconds;
    this.executor = Executors.newFixedThreadPool(threads);
  }

  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(Integer.getInteger("bench.port", 0)), 4096);
    server.setExecutor(executor);
    server.createContext("/feeds/", this::handle);
    server.start();
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(int n) {
    return "http://127." + (1 + n / (254 * 254)) + "." + (n / 254 % 254) + "." + (1 + n % 254) + ":" + port()
        + "/feeds/" + n + ".xml";
  }

  long served() {
    return served.get();
  }

  synchronized int distinctFeedsServed() {
    return seenFeeds.cardinality();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      int n;
      try {
        n = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
      } catch (RuntimeException e) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      served.incrementAndGet();
      synchronized (this) {
        seenFeeds.set(n);
      }
      long version = n % changingEvery == 0 ? Instant.now().getEpochSecond() / changePeriodSeconds : 0;
      String etag = "\"" + n + "-" + version + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = rss(n, version);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  /** A short RSS 2.0 wire with the feed's latest items; item {@code v} appears at version v. */
  private byte[] rss(int n, long version) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Bench Wire " + n + "</title><link>https://wire" + n + ".bench.example/</link>"
        + "<description>Local and technology news</description>\n");
    for (long v = version; v > version - ITEMS && v >= 0; v--) {
      String headline = HEADLINES[(int) ((n + v) % HEADLINES.length)];
      String link = "https://wire" + n + ".bench.example/news/" + v;
      xml.append("<item><title>").append(headline).append("</title><link>").append(link)
          .append("</link><guid>").append(link).append("</guid><pubDate>")
          .append(RFC_1123.format(Instant.ofEpochSecond(v == 0 ? 1_621_245_600L : v * changePeriodSeconds))).append("</pubDate><description>")
          .append(headline).append(". Officials said the decision follows months of public hearings and"
              + " a review of how the technology was used.</description></item>\n");
    }
    return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }
}
