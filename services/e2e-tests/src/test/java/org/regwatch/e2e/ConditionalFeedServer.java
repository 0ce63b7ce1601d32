package org.regwatch.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local news site's RSS feed served as a well-behaved server serves it: with an {@code ETag}
 * and a {@code Last-Modified}, answering 304 without a body when the request's validators match
 * the current version. Records every request's validators and the status it got. The test can
 * publish a new story, which makes a new version of the document with new validators.
 */
final class ConditionalFeedServer implements AutoCloseable {

  /** One request: the validators it carried (null when absent) and the status it was answered. */
  record Request(Instant arrived, String ifNoneMatch, String ifModifiedSince, int status) {}

  private record Version(byte[] body, String etag, String lastModified) {}

  private static final String[][] STORIES = {
      {"county-delays-vote-on-police-face-scanning",
          "County delays vote on police face scanning until spring",
          "Supervisors pushed back a decision on whether deputies may run photos through facial"
              + " recognition software, asking for an audit first."},
      {"library-board-drops-camera-plan",
          "Library board drops plan for cameras at branch entrances",
          "After objections from patrons, the board said it would not install cameras that"
              + " recognise faces at its six branches."},
      {"school-district-reviews-visitor-system",
          "School district reviews visitor check-in system",
          "The district will review how its visitor badges store photos after parents asked"
              + " whether the system uses face matching."},
      {"transit-agency-ends-pilot",
          "Transit agency ends face recognition pilot at two stations",
          "The agency said the six-month pilot produced too many false matches to continue."},
      {"state-senate-hearing-biometric-privacy",
          "State senate committee hears testimony on biometric privacy bill",
          "Witnesses urged lawmakers to require consent before businesses collect face"
              + " templates."},
      {"council-extends-ban-on-police-use",
          "Council extends its ban on police use of facial recognition",
          "The council voted 7-2 to keep the ban in place for two more years."}};

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Version current;
  private int stories;

  /** Serves the first {@code stories} stories (at most five; {@link #publishNextStory} adds). */
  ConditionalFeedServer(int stories) {
    this.stories = stories;
    current = version(stories);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/news/local/rss.xml", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Version served = current;
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
      // RFC 9110: If-None-Match decides when present; If-Modified-Since only without it.
      boolean notModified = ifNoneMatch != null
          ? ifNoneMatch.equals(served.etag())
          : served.lastModified().equals(ifModifiedSince);
      exchange.getResponseHeaders().set("ETag", served.etag());
      exchange.getResponseHeaders().set("Last-Modified", served.lastModified());
      int status = notModified ? 304 : 200;
      requests.add(new Request(Instant.now(), ifNoneMatch, ifModifiedSince, status));
      if (notModified) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, served.body().length);
      exchange.getResponseBody().write(served.body());
    }
  }

  String feedUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/news/local/rss.xml";
  }

  /** A new story on top of the feed: a new document, a new ETag and Last-Modified. */
  synchronized void publishNextStory() {
    stories++;
    current = version(stories);
  }

  String etag() {
    return current.etag();
  }

  String lastModified() {
    return current.lastModified();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static Version version(int stories) {
    Instant updated = Instant.parse("2026-11-20T07:00:00Z").plusSeconds(3_600L * stories);
    StringBuilder rss = new StringBuilder()
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\"><channel>\n")
        .append("<title>Valley Courier: Local news</title>\n")
        .append("<link>https://www.valley-courier.example/news/local/</link>\n")
        .append("<description>Local government, schools and courts</description>\n")
        .append("<lastBuildDate>").append(HTTP_DATE.format(updated)).append("</lastBuildDate>\n");
    for (int i = stories - 1; i >= 0; i--) { // newest first, as feeds list them
      String[] story = STORIES[i];
      String link = "https://www.valley-courier.example/news/local/" + story[0];
      Instant published = Instant.parse("2026-11-20T07:00:00Z").plusSeconds(3_600L * (i + 1));
      rss.append("<item><title>").append(story[1]).append("</title>")
          .append("<link>").append(link).append("</link>")
          .append("<guid isPermaLink=\"true\">").append(link).append("</guid>")
          .append("<pubDate>").append(HTTP_DATE.format(published)).append("</pubDate>")
          .append("<description>").append(story[2]).append("</description></item>\n");
    }
    rss.append("</channel></rss>\n");
    return new Version(rss.toString().getBytes(StandardCharsets.UTF_8),
        "\"local-" + stories + "\"", HTTP_DATE.format(updated));
  }
}
