package org.regwatch.query.developments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Developments;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Developments from the real topics. Other test classes report the same seed story into the same
 * database, and the same story is rightly the same development: so these tests look at the
 * sources that belong to their own run.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class DevelopmentsTest {

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void fourOutletsReportsOfThe2020MoratoriumAreOneDevelopmentAndThe2021ExtensionAnother() {
    List<Story.Item> reports = story.amazon2020FourOutlets();
    Story.Item extension = story.amazon2021Extension();
    send(reports);
    send(List.of(extension));

    String announced = Developments.of(reports.get(0));
    for (Story.Item other : reports.subList(1, 4)) {
      assertThat(Developments.of(other)).isEqualTo(announced);
    }
    String extended = Developments.of(extension);
    assertThat(extended).isNotEqualTo(announced);

    JsonPath one = detail(announced);
    assertThat(one.getString("kind")).isEqualTo("moratorium");
    assertThat(one.getString("status")).isEqualTo("announced");
    assertThat(one.getString("actor")).isEqualTo("Amazon");
    assertThat(one.getString("occurredAt")).isEqualTo("2020-06-10");
    assertThat(one.getString("duration")).isEqualTo("one year");
    assertThat(one.getString("expiryDate")).isEqualTo("2021-06-10");
    assertThat(ownSources(one)).containsExactlyInAnyOrderElementsOf(
        reports.stream().map(Story.Item::id).toList());
    assertThat(one.getList("sources.collect { it.evidence[0].quote }", String.class))
        .contains("Amazon will stop police departments from using Rekognition for one year, "
            + "the company announced.");

    JsonPath two = detail(extended);
    assertThat(two.getString("status")).isEqualTo("extended");
    assertThat(two.getString("duration")).isEqualTo("indefinite");
    assertThat(two.getString("occurredAt")).isEqualTo("2021-05-17");
    assertThat(ownSources(two)).containsExactly(extension.id());
  }

  @Test
  void aLaterReportWithoutADateJoinsTheExistingDevelopment() {
    List<Story.Item> reports = story.amazon2020FourOutlets();
    send(reports);
    String announced = Developments.of(reports.get(3));
    Story.Item late = story.amazon2020LateReport();
    send(List.of(late));

    assertThat(Developments.of(late)).isEqualTo(announced);
    JsonPath one = detail(announced);
    assertThat(ownSources(one)).hasSize(5).contains(late.id());
    assertThat(one.getString("occurredAt")).isEqualTo("2020-06-10");
    assertThat(one.getList("history.change", String.class)).contains("source_added");
  }

  @Test
  void resendingTheReportsDoesNotAddSourcesOrHistory() {
    List<Story.Item> reports = story.amazon2020FourOutlets();
    send(reports);
    String announced = Developments.of(reports.get(0));
    Eventually.assertThat(() -> assertThat(ownSources(detail(announced))).hasSize(4));
    int historyBefore = ownHistory(detail(announced));

    send(reports);
    send(reports);
    // A reclassification behind the resent records, in the same partition, proves they were
    // projected: once it shows, count again.
    Story.Item marker = reports.get(0);
    Development exit = new Development(DevelopmentKind.EXIT, DevelopmentStatus.ANNOUNCED, true,
        "Amazon", "facial recognition", null, null, null, null, null, null, 0.5, List.of());
    Story.Item witness = story.amazon2021Extension();
    kafka.send(witness.discovered());
    kafka.sendToPartition(story.reclassifiedAs(witness, "facial-recognition@2", exit,
        Instant.parse("2030-01-01T00:00:00Z")), kafka.send(marker.classified()));
    Eventually.assertThat(() ->
        given().queryParam("article", witness.id()).queryParam("kind", "exit")
            .get("/api/developments").then().body("items", hasSize(1)));

    JsonPath after = detail(announced);
    assertThat(ownSources(after)).hasSize(4);
    assertThat(ownHistory(after)).isEqualTo(historyBefore);
  }

  @Test
  void aSupersedingClassificationMovesTheReportToTheDevelopmentItNowDescribes() {
    List<Story.Item> reports = story.amazon2020FourOutlets();
    send(reports);
    String announced = Developments.of(reports.get(2));
    Eventually.assertThat(() -> assertThat(ownSources(detail(announced))).hasSize(4));

    // Rule pack 2 reads the third outlet's article as a ban enacted by a city instead.
    Development ban = new Development(DevelopmentKind.BAN, DevelopmentStatus.ENACTED, true,
        "Northfield City Council " + story.run, "facial recognition", null, "police use",
        "Northfield", null, LocalDate.parse("2020-06-11"), null, 0.7, List.of());
    kafka.send(story.reclassifiedAs(reports.get(2), "facial-recognition@2", ban,
        Instant.parse("2030-01-01T00:00:00Z")));

    Eventually.assertThat(() -> assertThat(ownSources(detail(announced))).hasSize(3));
    String moved = Developments.of(reports.get(2));
    JsonPath banDev = detail(moved);
    assertThat(banDev.getString("kind")).isEqualTo("ban");
    assertThat(banDev.getString("status")).isEqualTo("enacted");
    assertThat(detail(announced).getList("history.findAll { it.articleId == '"
        + reports.get(2).id() + "' }.change", String.class)).contains("source_added", "source_removed");
  }

  @Test
  void aSupersedingClassificationThatReportsNothingTakesTheReportOutOfItsDevelopment() {
    // An irrelevant classification skips grouping unless its article still has sources: this is
    // the one that must not be skipped.
    List<Story.Item> reports = story.amazon2020FourOutlets();
    send(reports);
    String announced = Developments.of(reports.get(1));
    Eventually.assertThat(() -> assertThat(ownSources(detail(announced))).hasSize(4));

    // the report with the greatest id: never the founder (same date, the smallest id founds), so
    // the development keeps its id when the report leaves
    Story.Item leaving = reports.stream().max(java.util.Comparator.comparing(Story.Item::id))
        .orElseThrow();
    kafka.send(story.reclassifiedIrrelevant(leaving, "facial-recognition@2",
        Instant.parse("2030-01-01T00:00:00Z")));

    Eventually.assertThat(() -> assertThat(ownSources(detail(announced)))
        .hasSize(3).doesNotContain(leaving.id()));
    assertThat(detail(announced).getList("history.findAll { it.articleId == '"
        + leaving.id() + "' }.change", String.class)).contains("source_removed");
  }

  @Test
  void developmentsFilterByActorKindStatusAndOccurrenceAndRejectBadParameters() {
    Story.Item extension = story.amazon2021Extension();
    send(List.of(extension));
    String extended = Developments.of(extension);
    given().queryParam("actor", "amazon").queryParam("kind", "moratorium")
        .queryParam("status", "extended").queryParam("occurredFrom", "2021-05-01")
        .queryParam("occurredTo", "2021-05-31").get("/api/developments")
        .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(extended));
    given().queryParam("status", "extended").queryParam("occurredTo", "2020-12-31")
        .get("/api/developments").then().statusCode(200)
        .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(extended)));

    given().queryParam("kind", "rumour").get("/api/developments").then().statusCode(400)
        .contentType("application/problem+json").body("detail", containsString("kind must be one of"));
    given().queryParam("occurredFrom", "June").get("/api/developments").then().statusCode(400)
        .body("detail", containsString("occurredFrom must be a date"));
    given().get("/api/developments/dev-unknown").then().statusCode(404)
        .contentType("application/problem+json").body("status", equalTo(404));
  }

  @Test
  void developmentPagesWalkTheWholeListNewestFirstWithoutRepeatsAndEndWithoutCursor() {
    String agency = "Bayview Police " + story.run;
    // Three pauses months apart: three developments of one actor, on three pages of one.
    for (String day : List.of("2020-02-03", "2020-05-04", "2020-09-07")) {
      send(List.of(story.reporting("metro-wire", day + "T10:00:00Z",
          agency + " pauses facial recognition searches for one year (" + day + ")",
          DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, agency, "police use", null,
          "one year", day)));
    }
    Eventually.assertThat(() -> given().queryParam("actor", agency).get("/api/developments")
        .then().body("items", hasSize(3)));
    List<String> walked = new java.util.ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("actor", agency).queryParam("limit", 1);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/developments").then().statusCode(200).extract().jsonPath();
      walked.addAll(page.getList("items.occurredAt", String.class));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(walked).containsExactly("2020-09-07", "2020-05-04", "2020-02-03");
  }

  private void send(List<Story.Item> items) {
    for (Story.Item item : items) {
      kafka.send(item.discovered());
      kafka.send(item.classified());
    }
  }

  private JsonPath detail(String id) {
    return given().get("/api/developments/" + id).then().statusCode(200).extract().jsonPath();
  }

  private List<String> ownSources(JsonPath development) {
    return development.getList("sources.articleId", String.class).stream()
        .filter(id -> id.startsWith("art-" + story.run)).toList();
  }

  private int ownHistory(JsonPath development) {
    return (int) development.getList("history.articleId", String.class).stream()
        .filter(id -> id != null && id.startsWith("art-" + story.run)).count();
  }
}
