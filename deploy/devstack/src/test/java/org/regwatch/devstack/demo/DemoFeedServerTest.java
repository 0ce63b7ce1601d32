package org.regwatch.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoFeedServerTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private DemoFeedServer server;

  @BeforeEach
  void serveTheFixtureFolder() {
    server = DemoFeedServer.start(0, "demo-fixture");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theFeedIsServedAsRssWithAnEtag() throws Exception {
    HttpResponse<String> response = get(server.feedUrl(), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
    assertThat(response.headers().firstValue("ETag")).isPresent();
    assertThat(response.body()).contains("<title>City council votes to pause police face scanning</title>");
  }

  @Test
  void theRootPathServesTheFeedToo() throws Exception {
    assertThat(get("http://localhost:" + server.port() + "/", null).body()).contains("<rss version=\"2.0\">");
  }

  @Test
  void aConditionalGetWithTheSameEtagIsAnsweredNotModified() throws Exception {
    String etag = get(server.feedUrl(), null).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get(server.feedUrl(), etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void anArticlePageIsServedByNameAsHtml() throws Exception {
    HttpResponse<String> page = get("http://localhost:" + server.port() + "/council-pause.html", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("voted 7 to 2");
  }

  @Test
  void namesOutsideTheFolderAreNotFound() throws Exception {
    assertThat(get("http://localhost:" + server.port() + "/missing.xml", null).statusCode()).isEqualTo(404);
    assertThat(get("http://localhost:" + server.port() + "/..%2Fsimplelogger.properties", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theFeedIsReportedMissingWhenTheFolderHasNone() {
    try (DemoFeedServer empty = DemoFeedServer.start(0, "no-such-folder")) {
      assertThat(empty.hasFeed()).isFalse();
    }
    assertThat(server.hasFeed()).isTrue();
  }

  private HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
