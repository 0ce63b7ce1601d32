package org.regwatch.poller.polling;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.regwatch.poller.PollerConfig;

/**
 * Conditional GET of a feed with every limit a hostile or broken server calls for: connect
 * timeout, one deadline for the whole response (a server dripping one byte per second is cut
 * there), a body cap enforced while streaming and again after gzip/deflate decompression, and at
 * most N redirects, followed by hand so that a permanent move can be reported.
 */
@ApplicationScoped
public class FeedFetcher {

  private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*(\\d+)");

  private final HttpClient client;
  private final PollerConfig.Fetch limits;

  public FeedFetcher(PollerConfig config) {
    this.limits = config.fetch();
    this.client = HttpClient.newBuilder()
        .connectTimeout(limits.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  public FetchResult fetch(String url, String etag, String lastModified)
      throws FetchException, InterruptedException {
    long deadline = System.nanoTime() + limits.readTimeout().toNanos();
    String current = url;
    boolean allPermanent = true;
    for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
      Exchange exchange = exchange(current, etag, lastModified, deadline);
      int status = exchange.response.statusCode();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        String location = exchange.response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException("bad_redirect", "HTTP " + status + " without a Location header");
        }
        URI next;
        try {
          next = URI.create(current).resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchException("bad_redirect", "unusable Location: " + location);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          throw new FetchException("bad_redirect", "redirect to a non-http URL: " + location);
        }
        allPermanent &= status == 301 || status == 308;
        current = next.toString();
        continue;
      }
      var headers = exchange.response.headers();
      String encoding = headers.firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
      byte[] body = decompress(exchange.body, encoding);
      return new FetchResult(
          status,
          body,
          headers.firstValue("Content-Type").orElse(null),
          headers.firstValue("ETag").orElse(null),
          headers.firstValue("Last-Modified").orElse(null),
          !current.equals(url) && allPermanent ? current : null,
          (status == 429 || status == 503) ? retryAfter(headers.firstValue("Retry-After").orElse(null)) : null,
          maxAge(headers.firstValue("Cache-Control").orElse(null)),
          exchange.body.length,
          headers.allValues("Link"));
    }
    throw new FetchException("too_many_redirects", "more than " + limits.maxRedirects() + " redirects");
  }

  private record Exchange(HttpResponse<byte[]> response, byte[] body) {}

  private Exchange exchange(String url, String etag, String lastModified, long deadline)
      throws FetchException, InterruptedException {
    long remainingNanos = deadline - System.nanoTime();
    if (remainingNanos <= 0) {
      throw new FetchException("timeout", "read deadline of " + limits.readTimeout() + " passed");
    }
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(url));
    } catch (IllegalArgumentException e) {
      throw new FetchException("bad_url", "not a usable URL: " + url);
    }
    request.timeout(Duration.ofNanos(remainingNanos))
        .header("User-Agent", limits.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
        .header("Accept-Encoding", "gzip, deflate");
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    AtomicReference<CappedBody> bodyRef = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.GET().build(), info -> {
      CappedBody body = new CappedBody(limits.maxBodyBytes());
      bodyRef.set(body);
      return body;
    });
    try {
      HttpResponse<byte[]> response =
          future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return new Exchange(response, response.body());
    } catch (TimeoutException e) {
      CappedBody body = bodyRef.get();
      if (body != null) {
        body.abort();
      }
      future.cancel(true);
      throw new FetchException("timeout", "no complete response within " + limits.readTimeout());
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw classify(e.getCause());
    }
  }

  private FetchException classify(Throwable cause) {
    if (cause instanceof BodyTooLarge) {
      return new FetchException("too_large", cause.getMessage());
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException("connect_timeout", "could not connect within " + limits.connectTimeout());
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException("timeout", "no response within " + limits.readTimeout());
    }
    if (cause instanceof ConnectException) {
      return new FetchException("connect_failed", "connection refused or unreachable: " + cause.getMessage());
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof BodyTooLarge) {
      return new FetchException("too_large", root.getMessage());
    }
    return new FetchException("io_error", String.valueOf(root), cause);
  }

  private byte[] decompress(byte[] wire, String encoding) throws FetchException {
    if (wire.length == 0 || encoding.isEmpty() || encoding.equals("identity")) {
      return wire;
    }
    try {
      InputStream in;
      if (encoding.contains("gzip")) {
        in = new GZIPInputStream(new ByteArrayInputStream(wire));
      } else if (encoding.contains("deflate")) {
        // "deflate" is zlib-wrapped by the spec but raw deflate in many servers: try both.
        boolean zlib = wire.length > 1 && (wire[0] & 0x0F) == 8 && ((wire[0] & 0xFF) * 256 + (wire[1] & 0xFF)) % 31 == 0;
        in = new InflaterInputStream(new ByteArrayInputStream(wire), new Inflater(!zlib));
      } else {
        throw new FetchException("bad_encoding", "unsupported Content-Encoding: " + encoding);
      }
      try (in) {
        return readCapped(in, limits.maxBodyBytes());
      }
    } catch (IOException e) {
      throw new FetchException("bad_encoding", "cannot decompress " + encoding + " body: " + e.getMessage());
    }
  }

  private static byte[] readCapped(InputStream in, int max) throws IOException, FetchException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (out.size() + n > max) {
        throw new FetchException("too_large", "body larger than " + max + " bytes after decompression");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (RuntimeException ignored) {
        return null;
      }
    }
  }

  static Duration maxAge(String cacheControl) {
    if (cacheControl == null) {
      return null;
    }
    Matcher m = MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
    return m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
  }

  private static final class BodyTooLarge extends IOException {
    BodyTooLarge(int max) {
      super("body larger than " + max + " bytes");
    }
  }

  /** Collects the body while streaming and cancels the exchange the moment it passes the cap. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    CappedBody(int max) {
      this.max = max;
    }

    void abort() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      result.completeExceptionally(new HttpTimeoutException("aborted at the read deadline"));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : items) {
        if (out.size() + buffer.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge(max));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
