package org.regwatch.poller.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free loopback port that serves whatever a test puts at a path, and
 * remembers every request (path, headers, status answered) for the test to check.
 */
public final class FeedServer implements AutoCloseable {

  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  public record Request(String path, Headers headers, int status) {}

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Handler handler = routes.get(path);
      try {
        if (handler == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          handler.handle(exchange);
        }
      } catch (IOException e) {
        // the client went away (e.g. it cut a slow or oversized body): nothing to answer
      } finally {
        requests.add(new Request(path, exchange.getRequestHeaders(), exchange.getResponseCode()));
        exchange.close();
      }
    });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public FeedServer route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /** Serves {@code body} with an ETag; answers 304 when the client sends that ETag back. */
  public FeedServer conditional(String path, byte[] body, String etag, String contentType) {
    return route(path, exchange -> {
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ifNoneMatch)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    });
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
