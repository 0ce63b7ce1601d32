package org.regwatch.devstack.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the bundled demo feed over HTTP, as a real site would: {@code /feed.xml} (also at
 * {@code /}) and every other file under the classpath folder by its name, with a content type, an
 * ETag and 304 answers to {@code If-None-Match}, so the poller's conditional GET is exercised too.
 */
public final class DemoFeedServer implements AutoCloseable {

  public static final String FEED = "feed.xml";

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "xml", "application/rss+xml; charset=utf-8",
      "html", "text/html; charset=utf-8",
      "htm", "text/html; charset=utf-8",
      "txt", "text/plain; charset=utf-8",
      "json", "application/json",
      "css", "text/css; charset=utf-8",
      "png", "image/png",
      "jpg", "image/jpeg",
      "svg", "image/svg+xml");

  private final HttpServer server;
  private final ExecutorService executor;
  private final String resourceFolder;
  private final ClassLoader classLoader;

  private DemoFeedServer(HttpServer server, ExecutorService executor, String resourceFolder, ClassLoader classLoader) {
    this.server = server;
    this.executor = executor;
    this.resourceFolder = resourceFolder;
    this.classLoader = classLoader;
  }

  /**
   * Starts serving classpath folder {@code resourceFolder} (e.g. "demo") on {@code port} of the
   * loopback interface; port 0 picks a free one.
   */
  public static DemoFeedServer start(int port, String resourceFolder) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
      ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "demo-feed-http");
        thread.setDaemon(true);
        return thread;
      });
      DemoFeedServer demo = new DemoFeedServer(server, executor, resourceFolder, DemoFeedServer.class.getClassLoader());
      server.createContext("/", demo::handle);
      server.setExecutor(executor);
      server.start();
      return demo;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the demo feed on port " + port, e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String feedUrl() {
    return "http://localhost:" + port() + "/" + FEED;
  }

  /** Whether the feed itself is bundled (the folder may be filled later than this code). */
  public boolean hasFeed() {
    return classLoader.getResource(resourceFolder + "/" + FEED) != null;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String name = exchange.getRequestURI().getPath().replaceFirst("^/+", "");
      if (name.isEmpty()) {
        name = FEED;
      }
      // Only plain names below the folder: no "..", no absolute paths, no hidden files.
      if (name.contains("..") || name.startsWith(".") || name.endsWith("/") || name.contains("\\")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = read(resourceFolder + "/" + name);
      if (body == null) {
        byte[] message = ("not found: /" + name + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(404, message.length);
        exchange.getResponseBody().write(message);
        return;
      }
      String etag = "\"" + sha256(body).substring(0, 32) + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentType(name));
      if ("HEAD".equals(method)) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private byte[] read(String resource) throws IOException {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  static String contentType(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
