package org.regwatch.query.webhooks;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Sends one webhook request to an address the {@link UrlGuard} checked: the connection goes to
 * that IP (setServer) while Host and TLS SNI/verification use the name, so DNS is never asked
 * again between check and connect. Redirects are never followed: a 3xx is a failed attempt.
 *
 * <p>Asynchronous: no thread waits for a receiver, so a slow receiver costs a connection, not a
 * thread. Connections are kept alive and reused.
 */
@ApplicationScoped
public class WebhookSender {

  /** What happened: an HTTP status (0 when none), the Retry-After header, a body snippet. */
  public record Result(int status, String retryAfter, String snippet, long latencyMs,
      String error) {}

  static final int SNIPPET = 512;

  private final HttpClient client;
  private final long timeoutMs;

  public WebhookSender(Vertx vertx, WebhooksConfig config) {
    this.timeoutMs = config.timeout().toMillis();
    // The pool limit is per ORIGIN (address:port), not per subscription: many subscriptions can
    // share one receiving host, and the per-endpoint limit is the worker's job. A pool as small
    // as the per-endpoint limit made every subscription on one host share 2-4 connections.
    this.client = vertx.createHttpClient(new HttpClientOptions()
        .setConnectTimeout((int) timeoutMs)
        .setVerifyHost(true)
        .setKeepAlive(true)
        .setTcpNoDelay(true),
        new PoolOptions().setHttp1MaxSize(config.maxInFlight())
            .setMaxWaitQueueSize(config.maxInFlight() * 2));
  }

  @PreDestroy
  void close() {
    client.close();
  }

  /** Sends; the stage always completes normally (a failure is a Result with an error). */
  public CompletionStage<Result> send(UrlGuard.Target target, Map<String, String> headers,
      String body) {
    long start = System.nanoTime();
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setServer(SocketAddress.inetSocketAddress(target.port(),
            target.address().getHostAddress()))
        .setHost(target.host())
        .setPort(target.port())
        .setSsl(target.https())
        .setURI(target.pathAndQuery())
        .setFollowRedirects(false)
        .setTimeout(timeoutMs);
    headers.forEach(options::putHeader);
    options.putHeader("Content-Type", "application/json");
    options.putHeader("User-Agent", "Regwatch-Webhooks/0.1");
    Future<Result> future = client.request(options)
        .compose(req -> req.send(Buffer.buffer(body, StandardCharsets.UTF_8.name())))
        .compose(resp -> {
          Promise<Result> done = Promise.promise();
          StringBuilder snippet = new StringBuilder();
          try {
            // read at most a snippet; the rest is drained, never kept
            resp.handler(buf -> {
              if (snippet.length() < SNIPPET) {
                String s = buf.toString(StandardCharsets.UTF_8);
                snippet.append(s, 0, Math.min(s.length(), SNIPPET - snippet.length()));
              }
            });
            resp.exceptionHandler(done::tryFail);
            resp.endHandler(v -> done.tryComplete(new Result(resp.statusCode(),
                resp.getHeader("Retry-After"), snippet.toString(), elapsed(start), null)));
          } catch (IllegalStateException alreadyEnded) {
            // A short response can end before this callback runs, and Vert.x then refuses the
            // handlers ("Response already ended"). The receiver answered all the same: its status
            // decides. Recording this as a failure retried a webhook the receiver had accepted,
            // the duplicates the latency benchmark saw (4 of 6,000, all "Response already ended").
            done.tryComplete(new Result(resp.statusCode(), resp.getHeader("Retry-After"),
                snippet.toString(), elapsed(start), null));
          }
          return done.future();
        });
    CompletableFuture<Result> result = new CompletableFuture<>();
    future.onComplete(ar -> {
      if (ar.succeeded()) {
        result.complete(ar.result());
      } else {
        Throwable cause = ar.cause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
            : cause.getMessage();
        result.complete(new Result(0, null, null, elapsed(start), message));
      }
    });
    // belt and braces: the request timeout covers connect and idle, this covers anything else
    return result.completeOnTimeout(new Result(0, null, null, timeoutMs + 1000,
        "no answer within " + (timeoutMs + 1000) + " ms"), timeoutMs + 1000,
        TimeUnit.MILLISECONDS);
  }

  private static long elapsed(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
