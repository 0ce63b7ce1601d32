package org.regwatch.query.developments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/** Following developments live (SSE) and through feed readers (Atom, JSON Feed). */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class StreamAndFeedsTest {

  @TestHTTPResource("/")
  URI base;

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void aStreamFilteredByActorReceivesThatActorsChangesAndNoOtherActors() throws Exception {
    String council = "Lakeside Council " + story.run;
    String other = "Riverside Council " + story.run;
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/developments/stream?actor="
            + URLEncoder.encode(council, StandardCharsets.UTF_8)))
        .header("Accept", "text/event-stream").build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (Exception ignored) {
        // the test closes the stream when done
      }
    });
    reader.setDaemon(true);
    reader.start();
    Thread.sleep(500);

    sendAll(List.of(
        story.reporting("metro-wire", "2020-07-01T10:00:00Z",
            other + " proposes a ban on police facial recognition",
            DevelopmentKind.LEGISLATION, DevelopmentStatus.PROPOSED, other, "police use",
            "Riverside", null, null),
        story.reporting("metro-wire", "2020-07-02T10:00:00Z",
            council + " proposes a ban on police facial recognition",
            DevelopmentKind.LEGISLATION, DevelopmentStatus.PROPOSED, council, "police use",
            "Lakeside", null, null)));

    Eventually.assertThat(() -> assertThat(lines).anySatisfy(l ->
        assertThat(l).startsWith("data:").contains(council).contains("\"status\":\"proposed\"")));
    assertThat(lines).noneSatisfy(l -> assertThat(l).contains(other));
    response.body().close();
  }

  @Test
  void aStreamWithABadFilterIsA400Problem() {
    given().accept("text/event-stream").queryParam("kind", "gossip")
        .get("/api/developments/stream").then().statusCode(400)
        .body(containsString("kind must be one of"));
  }

  @Test
  void developmentsAreOfferedAsAtomAndJsonFeedFilteredByActor() {
    String council = "Hillside Council " + story.run;
    sendAll(List.of(story.reporting("civic-ledger", "2020-08-03T10:00:00Z",
        council + " passes a ban on police facial recognition",
        DevelopmentKind.LEGISLATION, DevelopmentStatus.ENACTED, council, "police use",
        "Hillside", null, null)));
    Eventually.assertThat(() -> given().queryParam("actor", council).get("/api/developments")
        .then().body("items", hasSize(1)));

    given().queryParam("actor", council).get("/api/feeds/developments.atom").then()
        .statusCode(200).contentType(containsString("application/atom+xml"))
        .body("feed.entry.size()", equalTo(1))
        .body("feed.entry.title", containsString(council + ": legislation enacted"))
        .body("feed.entry.summary", containsString("reported by 1 source."));
    given().queryParam("actor", council).get("/api/feeds/developments.json").then()
        .statusCode(200).contentType(containsString("application/feed+json"))
        .body("version", equalTo("https://jsonfeed.org/version/1.1"))
        .body("items", hasSize(1))
        .body("items[0].tags", org.hamcrest.Matchers.contains("legislation", "enacted"));
    given().queryParam("status", "rumoured").get("/api/feeds/developments.atom").then()
        .statusCode(400);
  }

  private void sendAll(List<Story.Item> items) {
    for (Story.Item item : items) {
      kafka.send(item.discovered());
      kafka.send(item.classified());
    }
  }
}
