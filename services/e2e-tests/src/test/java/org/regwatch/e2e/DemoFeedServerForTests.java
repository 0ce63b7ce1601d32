package org.regwatch.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the bundled demo feed (the devstack's {@code demo/feed.xml}) WITHOUT validators, so that
 * every poll receives the full document and the poller's own de-duplication is what keeps it from
 * publishing twice. Counts requests so a test knows the poller has come back.
 */
final class DemoFeedServerForTests implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  DemoFeedServerForTests() {
    byte[] feed = readDemoFeed();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/feed.xml", exchange -> {
      try (exchange) {
        requests.incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, feed.length);
        exchange.getResponseBody().write(feed);
      }
    });
    server.start();
  }

  String feedUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/feed.xml";
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static byte[] readDemoFeed() {
    try (InputStream in = DemoFeedServerForTests.class.getResourceAsStream("/demo/feed.xml")) {
      if (in == null) {
        throw new IllegalStateException("demo/feed.xml is not on the classpath (regwatch-devstack)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
