package org.regwatch.poller.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.poller.parsing.Fixtures;
import org.regwatch.poller.testing.FeedServer;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The fetcher against a real local HTTP server, with the test profile's limits: 3 s read deadline,
 * 1 MiB body cap, 5 redirects.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class FeedFetcherTest {

  private static final byte[] FEED = Fixtures.feed("rss2-moratorium-news.xml");

  @Inject FeedFetcher fetcher;
  private FeedServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FeedServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static FeedServer.Handler ok(byte[] body) {
    return exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    };
  }

  private static FeedServer.Handler redirect(int status, String to) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", to);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  @Test
  void conditionalGet_sendsBothValidators_andA304ComesBackAsNotModified() throws Exception {
    server.route("/feed", exchange -> {
      boolean fresh = "\"abc\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
          && "Wed, 10 Jun 2020 23:10:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
      exchange.sendResponseHeaders(fresh ? 304 : 200, fresh ? -1 : 0);
    });

    FetchResult result = fetcher.fetch(server.url("/feed"), "\"abc\"", "Wed, 10 Jun 2020 23:10:00 GMT");

    assertThat(result.notModified()).isTrue();
    assertThat(result.body()).isEmpty();
  }

  @Test
  void aGzipBody_isDecompressed_andTheValidatorsAreReturned() throws Exception {
    server.route("/feed", exchange -> {
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(FEED);
      }
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      exchange.getResponseHeaders().set("ETag", "\"v7\"");
      exchange.getResponseHeaders().set("Last-Modified", "Thu, 11 Jun 2020 08:00:00 GMT");
      exchange.getResponseHeaders().set("Cache-Control", "public, max-age=1800");
      exchange.sendResponseHeaders(200, gz.size());
      exchange.getResponseBody().write(gz.toByteArray());
    });

    FetchResult result = fetcher.fetch(server.url("/feed"), null, null);

    assertThat(result.body()).isEqualTo(FEED);
    assertThat(result.wireBytes()).isLessThan(FEED.length);
    assertThat(result.etag()).isEqualTo("\"v7\"");
    assertThat(result.lastModified()).isEqualTo("Thu, 11 Jun 2020 08:00:00 GMT");
    assertThat(result.maxAge()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aDeflateBody_isDecompressed() throws Exception {
    server.route("/feed", exchange -> {
      ByteArrayOutputStream z = new ByteArrayOutputStream();
      try (DeflaterOutputStream out = new DeflaterOutputStream(z)) {
        out.write(FEED);
      }
      exchange.getResponseHeaders().set("Content-Encoding", "deflate");
      exchange.sendResponseHeaders(200, z.size());
      exchange.getResponseBody().write(z.toByteArray());
    });

    assertThat(fetcher.fetch(server.url("/feed"), null, null).body()).isEqualTo(FEED);
  }

  @Test
  void aGzipBombBeyondTheCapAfterDecompression_isTooLarge() throws Exception {
    server.route("/feed", exchange -> {
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(new byte[8 * 1024 * 1024]); // 8 MiB of zeros, ~8 KB on the wire
      }
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, gz.size());
      exchange.getResponseBody().write(gz.toByteArray());
    });

    assertThatThrownBy(() -> fetcher.fetch(server.url("/feed"), null, null))
        .isInstanceOf(FetchException.class)
        .extracting(e -> ((FetchException) e).kind()).isEqualTo("too_large");
  }

  @Test
  void a200MegabyteBody_isCutAtTheCapWhileStreaming() throws Exception {
    server.route("/feed", exchange -> {
      exchange.sendResponseHeaders(200, 200L * 1024 * 1024);
      byte[] chunk = new byte[64 * 1024];
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < 200 * 16; i++) {
        out.write(chunk);
      }
    });
    long start = System.nanoTime();

    assertThatThrownBy(() -> fetcher.fetch(server.url("/feed"), null, null))
        .extracting(e -> ((FetchException) e).kind()).isEqualTo("too_large");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aSlowDripServer_isCutAtTheReadDeadline() throws Exception {
    server.route("/feed", exchange -> {
      exchange.sendResponseHeaders(200, FEED.length);
      OutputStream out = exchange.getResponseBody();
      for (byte b : FEED) {
        out.write(b);
        out.flush();
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long start = System.nanoTime();

    assertThatThrownBy(() -> fetcher.fetch(server.url("/feed"), null, null))
        .extracting(e -> ((FetchException) e).kind()).isEqualTo("timeout");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(2_900), Duration.ofSeconds(5));
  }

  @Test
  void permanentRedirects_reportTheNewUrl() throws Exception {
    server.route("/old", redirect(301, "/older-still"))
        .route("/older-still", redirect(308, server.url("/new")))
        .route("/new", ok(FEED));

    FetchResult result = fetcher.fetch(server.url("/old"), null, null);

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.movedTo()).isEqualTo(server.url("/new"));
  }

  @Test
  void aTemporaryRedirectOnTheWay_doesNotMoveTheFeed() throws Exception {
    server.route("/old", redirect(301, "/tmp")).route("/tmp", redirect(302, "/new")).route("/new", ok(FEED));

    assertThat(fetcher.fetch(server.url("/old"), null, null).movedTo()).isNull();
  }

  @Test
  void sixRedirects_areTooMany() {
    for (int i = 0; i < 6; i++) {
      server.route("/r" + i, redirect(302, "/r" + (i + 1)));
    }
    server.route("/r6", ok(FEED));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/r0"), null, null))
        .extracting(e -> ((FetchException) e).kind()).isEqualTo("too_many_redirects");
  }

  @Test
  void a429_carriesItsRetryAfter() throws Exception {
    server.route("/feed", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "120");
      exchange.sendResponseHeaders(429, -1);
    });

    FetchResult result = fetcher.fetch(server.url("/feed"), null, null);

    assertThat(result.status()).isEqualTo(429);
    assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void retryAfterAsAnHttpDate_isUnderstood() {
    Duration d = FeedFetcher.retryAfter(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(10)));

    assertThat(d).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
  }

  @Test
  void aClosedPort_isAConnectFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + port + "/feed", null, null))
        .extracting(e -> ((FetchException) e).kind()).isIn("connect_failed", "io_error");
  }

  @Test
  void bodyTextIsUntouched_charsetIsTheParsersJob() throws Exception {
    byte[] latin = "<rss>\u00e9</rss>".getBytes(StandardCharsets.ISO_8859_1);
    server.route("/feed", ok(latin));

    assertThat(fetcher.fetch(server.url("/feed"), null, null).body()).isEqualTo(latin);
  }
}
