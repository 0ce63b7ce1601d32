package org.regwatch.poller.testing;

import static org.regwatch.poller.testing.Operator.asOperator;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regwatch.poller.parsing.Fixtures;

/**
 * One test's own feed on a local server: a fresh path and a news host no other test uses, because
 * feed ids and article ids are global on the shared broker; and its registration as the operator.
 */
public final class TestFeed implements AutoCloseable {

  private final FeedServer server;
  private final String path;
  private final String host;

  /** {@code hostPrefix} names the test's articles' host, e.g. "wire" → wire-1a2b3c4d.example.net. */
  public TestFeed(String hostPrefix) throws IOException {
    this.server = new FeedServer();
    this.path = "/" + UUID.randomUUID() + "/rss.xml";
    this.host = hostPrefix + "-" + path.substring(1, 9) + ".example.net";
  }

  public FeedServer server() {
    return server;
  }

  public String path() {
    return path;
  }

  /** The feed's URL on the local server. */
  public String url() {
    return server.url(path);
  }

  public String host() {
    return host;
  }

  /** The moratorium news fixture with its links on this feed's own host. */
  public byte[] newsFixture() {
    return Fixtures.moratoriumNewsOn(host);
  }

  /** Registers the feed at {@code url} as "Civic Tech Wire", polled every second; its id. */
  public static String register(String url) {
    return asOperator().contentType(ContentType.JSON)
        .body(Map.of("url", url, "title", "Civic Tech Wire", "tags", List.of("policy"),
            "pollIntervalSeconds", 1))
        .when().post("/api/feeds")
        .then().statusCode(201)
        .extract().path("id");
  }

  @Override
  public void close() {
    server.close();
  }
}
