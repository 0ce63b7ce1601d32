package org.regwatch.query.statusboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Developments;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/** The status board, the moratorium clock and the bill tracker, over developments from the topics. */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class LineageViewsTest {

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void theStatusBoardShowsAmazonsPoliceMoratoriumExtendedIndefinitelySince2021WithItsTimeline() {
    sendAll(story.amazon2020FourOutlets());
    sendAll(List.of(story.amazon2021Extension()));
    Eventually.assertThat(() -> {
      Map<String, Object> entry = policeUse(given().queryParam("actor", "Amazon")
          .queryParam("subject", "Rekognition").get("/api/status-board").then().statusCode(200)
          .extract().jsonPath());
      assertThat(entry).isNotNull();
      assertThat(entry.get("product")).isEqualTo("Rekognition");
      @SuppressWarnings("unchecked")
      Map<String, Object> current = (Map<String, Object>) entry.get("current");
      assertThat(current).containsEntry("kind", "moratorium").containsEntry("status", "extended")
          .containsEntry("duration", "indefinite").containsEntry("since", "2021-05-17");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> timeline = (List<Map<String, Object>>) entry.get("timeline");
      assertThat(timeline).extracting(s -> s.get("status")).containsExactly("announced", "extended");
    });
  }

  @Test
  void theClockListsAMoratoriumExpiringSoonAndDropsItOnceItIsExtended() {
    sendAll(story.amazon2020FourOutlets());
    sendAll(List.of(story.amazon2021Extension()));
    Eventually.assertThat(() -> given().queryParam("asOf", "2021-05-20")
        .get("/api/moratoria").then().statusCode(200)
        .body("items.findAll { it.actor == 'Amazon' && it.scope == 'police use' }.state",
            org.hamcrest.Matchers.contains("indefinite")));

    given().queryParam("asOf", "2021-05-10").queryParam("within", "P45D")
        .get("/api/moratoria/expiring").then().statusCode(200)
        .body("items.findAll { it.actor == 'Amazon' && it.scope == 'police use' }", hasSize(1))
        .body("items.find { it.actor == 'Amazon' && it.scope == 'police use' }.expectedExpiry",
            equalTo("2021-06-10"))
        .body("items.find { it.actor == 'Amazon' && it.scope == 'police use' }.daysLeft",
            equalTo(31));
    given().queryParam("asOf", "2021-05-20").queryParam("within", "P45D")
        .get("/api/moratoria/expiring").then().statusCode(200)
        .body("items.findAll { it.actor == 'Amazon' && it.scope == 'police use' }", hasSize(0));
  }

  @Test
  void aMoratoriumWhoseDurationRanOutWithoutNewsShowsExpiredUnconfirmedOnTheClockUntilNewsComes() {
    String sheriff = "Harbor County Sheriff " + story.run;
    Story.Item pause = story.reporting("harbor-tech-daily", "2020-01-02T10:00:00Z",
        sheriff + " pauses facial recognition searches for ninety days",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, sheriff, "police use", null,
        "90 days", "2020-01-02");
    sendAll(List.of(pause));
    String id = Developments.of(pause);

    given().queryParam("asOf", "2020-06-01").get("/api/moratoria").then()
        .body("items.find { it.developmentId == '" + id + "' }.state",
            equalTo("expired (unconfirmed)"))
        .body("items.find { it.developmentId == '" + id + "' }.expectedExpiry",
            equalTo("2020-04-01"));

    // The lapse as an event, in history and on the board: MoratoriumLapseTest.

    // News of an extension corrects the clock.
    Story.Item extended = story.reporting("civic-ledger", "2020-06-05T10:00:00Z",
        sheriff + " extends its pause on facial recognition searches indefinitely",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.EXTENDED, sheriff, "police use", null,
        "indefinite", "2020-06-05");
    sendAll(List.of(extended));
    Developments.of(extended);
    given().queryParam("asOf", "2020-06-10").get("/api/moratoria").then()
        .body("items.findAll { it.actor == '" + sheriff + "' }.state",
            org.hamcrest.Matchers.contains("indefinite"));
  }

  @Test
  void aForcesUsePolicyAfterItsPauseLeavesThePauseOnTheClockAndOnTheBoard() {
    String police = "Lakeview Police Department " + story.run;
    Story.Item pause = story.reporting("lakeview-gazette", "2023-03-01T09:00:00Z",
        police + " halts facial recognition searches for six months while it writes rules",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, police, "police use", "Lakeview",
        "six months", "2023-03-01");
    Story.Item policy = story.reporting("metro-wire", "2023-04-12T09:00:00Z",
        police + " publishes a written policy on how detectives may use face searches",
        DevelopmentKind.POLICY, DevelopmentStatus.ANNOUNCED, police, "police use", "Lakeview",
        null, "2023-04-12");
    sendAll(List.of(pause, policy));
    String pauseId = Developments.of(pause);
    Developments.of(policy);

    Eventually.assertThat(() -> given().queryParam("asOf", "2023-05-01").get("/api/moratoria")
        .then().statusCode(200)
        .body("items.find { it.developmentId == '" + pauseId + "' }.state", equalTo("active"))
        .body("items.find { it.developmentId == '" + pauseId + "' }.expectedExpiry",
            equalTo("2023-09-01")));
    Map<String, Object> entry = policeUse(given().queryParam("actor", police)
        .get("/api/status-board").then().statusCode(200).extract().jsonPath());
    assertThat(entry).extractingByKey("current").asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("kind", "policy");
    assertThat(entry).extractingByKey("moratorium").asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("kind", "moratorium").containsEntry("developmentId", pauseId)
        .containsEntry("since", "2023-03-01");
  }

  @Test
  void aCompanyThatLeavesTheBusinessAfterItsPauseHasNoPauseInForceAnyMore() {
    String vendor = "Northgate Vision " + story.run;
    Story.Item pause = story.reporting("trade-journal", "2022-01-10T09:00:00Z",
        vendor + " pauses sales of its face matching software to police for a year",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, vendor, "police use", null,
        "one year", "2022-01-10");
    Story.Item exit = story.reporting("business-daily", "2022-06-20T09:00:00Z",
        vendor + " quits the face recognition business for good",
        DevelopmentKind.EXIT, DevelopmentStatus.ANNOUNCED, vendor, "police use", null, null,
        "2022-06-20");
    sendAll(List.of(pause, exit));
    String pauseId = Developments.of(pause);
    Developments.of(exit);

    given().queryParam("asOf", "2022-03-01").get("/api/moratoria").then().statusCode(200)
        .body("items.findAll { it.developmentId == '" + pauseId + "' }", hasSize(1));
    given().queryParam("asOf", "2022-07-01").get("/api/moratoria").then().statusCode(200)
        .body("items.findAll { it.developmentId == '" + pauseId + "' }", hasSize(0));
    Map<String, Object> entry = policeUse(given().queryParam("actor", vendor)
        .get("/api/status-board").then().statusCode(200).extract().jsonPath());
    assertThat(entry).doesNotContainKey("moratorium");
  }

  @Test
  void aBillIsFollowedFromProposedToEnacted() {
    String council = "Springfield City Council " + story.run;
    sendAll(List.of(
        story.reporting("metro-wire", "2020-03-02T10:00:00Z",
            council + " introduces an ordinance to ban police facial recognition",
            DevelopmentKind.LEGISLATION, DevelopmentStatus.PROPOSED, council, "police use",
            "Springfield", null, null),
        story.reporting("metro-wire", "2020-04-06T10:00:00Z",
            council + " committee advances the facial recognition ordinance",
            DevelopmentKind.LEGISLATION, DevelopmentStatus.ADVANCING, council, "police use",
            "Springfield", null, null),
        story.reporting("civic-ledger", "2020-05-11T10:00:00Z",
            council + " passes the ban on police facial recognition",
            DevelopmentKind.LEGISLATION, DevelopmentStatus.ENACTED, council, "police use",
            "Springfield", null, null)));

    Eventually.assertThat(() -> given().queryParam("actor", council).get("/api/bills")
        .then().statusCode(200).body("items", hasSize(1))
        .body("items[0].stage", equalTo("enacted"))
        .body("items[0].jurisdiction", equalTo("Springfield"))
        .body("items[0].stages.stage", org.hamcrest.Matchers.contains("proposed", "advancing", "enacted"))
        .body("items[0].stages.occurredAt",
            org.hamcrest.Matchers.contains("2020-03-02", "2020-04-06", "2020-05-11")));
    given().queryParam("actor", council).queryParam("stage", "failed").get("/api/bills")
        .then().statusCode(200).body("items", hasSize(0));
  }

  @Test
  void badParametersOfTheseViewsAre400Problems() {
    given().queryParam("within", "thirty days").get("/api/moratoria/expiring").then()
        .statusCode(400).contentType("application/problem+json")
        .body("detail", containsString("within must be an ISO-8601 period"));
    given().queryParam("within", "-P3D").get("/api/moratoria/expiring").then().statusCode(400);
    given().queryParam("asOf", "tomorrow").get("/api/moratoria").then().statusCode(400)
        .body("detail", containsString("asOf must be a date"));
    given().queryParam("stage", "signed").get("/api/bills").then().statusCode(400)
        .body("detail", containsString("stage must be one of"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> policeUse(JsonPath board) {
    List<Map<String, Object>> items = board.getList("items");
    return items.stream().filter(i -> "police use".equals(i.get("scope"))).findFirst().orElse(null);
  }

  private void sendAll(List<Story.Item> items) {
    for (Story.Item item : items) {
      kafka.send(item.discovered());
      kafka.send(item.classified());
    }
  }
}
