package org.regwatch.query.statusboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.DirectProjection;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.readmodel.ReadModelVersion;
import org.regwatch.query.rebuild.RebuildStatus;
import org.regwatch.query.rebuild.Rebuilder;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The status board and the moratorium clock are computed once per read-model version, yet a read
 * made right after a projection commit (here: the projection pipeline called directly, so the
 * commit has returned when the read is made) already shows what that commit wrote.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class CachedLineageViewsTest {

  private final Story story = new Story();
  private final List<Story.Item> projected = new ArrayList<>();
  private final String sheriff = "Bayview County Sheriff " + story.run;

  @Inject
  DirectProjection direct;

  @Inject
  MeterRegistry meters;

  @Inject
  ReadModelVersion versions;

  @Inject
  Rebuilder rebuilder;

  /** Rows projected directly come from no topic: remove them, as a rebuild would. */
  @AfterEach
  void forget() throws SQLException {
    direct.forget(projected);
  }

  @Test
  void theBoardReadRightAfterAnExtensionIsProjectedShowsTheExtension() {
    project(pause());
    given().queryParam("actor", sheriff).get("/api/status-board").then().statusCode(200)
        .body("items.current.status", contains("announced"));

    project(extension());

    given().queryParam("actor", sheriff).get("/api/status-board").then().statusCode(200)
        .body("items.current.status", contains("extended"))
        .body("items[0].timeline.status", contains("announced", "extended"));
  }

  @Test
  void theClockReadRightAfterAnExtensionIsProjectedShowsItIndefinite() {
    project(pause());
    given().queryParam("asOf", "2020-03-01").get("/api/moratoria").then().statusCode(200)
        .body("items.findAll { it.actor == '" + sheriff + "' }.state", contains("active"))
        .body("items.findAll { it.actor == '" + sheriff + "' }.expectedExpiry",
            contains("2020-04-01"));
    given().queryParam("asOf", "2020-03-01").queryParam("within", "P60D")
        .get("/api/moratoria/expiring").then().statusCode(200)
        .body("items.findAll { it.actor == '" + sheriff + "' }.daysLeft", contains(31));

    project(extension());

    given().queryParam("asOf", "2020-03-01").get("/api/moratoria").then().statusCode(200)
        .body("items.findAll { it.actor == '" + sheriff + "' }.state", contains("indefinite"));
    given().queryParam("asOf", "2020-03-01").queryParam("within", "P60D")
        .get("/api/moratoria/expiring").then().statusCode(200)
        .body("items.findAll { it.actor == '" + sheriff + "' }", empty());
    // the day still decides: before the extension occurred, the pause's clock ran
    given().queryParam("asOf", "2020-02-01").get("/api/moratoria").then().statusCode(200)
        .body("items.findAll { it.actor == '" + sheriff + "' }.state", contains("active"));
  }

  @Test
  void anETagStaysValidUntilAProjectionChangesTheBoardAndDiffersBetweenFilters() {
    project(pause());
    String tag = given().queryParam("actor", sheriff).get("/api/status-board").then()
        .statusCode(200).extract().header("ETag");
    given().queryParam("actor", sheriff).header("If-None-Match", tag).get("/api/status-board")
        .then().statusCode(304);
    String unfiltered = given().get("/api/status-board").then().statusCode(200)
        .extract().header("ETag");
    assertThat(unfiltered).isNotEqualTo(tag);

    project(extension());

    String newTag = given().queryParam("actor", sheriff).header("If-None-Match", tag)
        .get("/api/status-board").then().statusCode(200)
        .body("items.current.status", contains("extended")).extract().header("ETag");
    assertThat(newTag).isNotEqualTo(tag);
  }

  @Test
  void concurrentReadsOfANewVersionReadTheDevelopmentTableOnce() throws Exception {
    project(pause());
    long version = versions.current();
    double before = computed();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> reads = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String path = i % 2 == 0 ? "/api/status-board" : "/api/moratoria";
        reads.add(() -> given().get(path).then().extract().statusCode());
      }
      for (Future<Integer> status : clients.invokeAll(reads)) {
        assertThat(status.get()).isEqualTo(200);
      }
    } finally {
      clients.shutdownNow();
    }
    // a stray projection batch in between would rightly mean a second read: not this case
    assumeTrue(versions.current() == version, "nothing else was projected meanwhile");
    assertThat(computed() - before).isEqualTo(1.0);
  }

  @Test
  void afterARebuildSwapTheBoardIsReadFromTheSwappedInTables() {
    // projected directly, so in no topic: the rebuilt tables do not have it
    project(pause());
    given().queryParam("actor", sheriff).get("/api/status-board").then().statusCode(200)
        .body("items.current.status", contains("announced"));

    RebuildStatus done = rebuilder.runNow();
    assertThat(done.state()).isEqualTo("succeeded");

    given().queryParam("actor", sheriff).get("/api/status-board").then().statusCode(200)
        .body("items", empty());
    given().queryParam("asOf", "2020-03-01").get("/api/moratoria").then().statusCode(200)
        .body("items.findAll { it.actor == '" + sheriff + "' }", empty());
  }

  private Story.Item pause() {
    return story.reporting("harbor-tech-daily", "2020-01-02T10:00:00Z",
        sheriff + " pauses facial recognition searches for ninety days",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, sheriff, "police use", null,
        "90 days", "2020-01-02");
  }

  private Story.Item extension() {
    return story.reporting("civic-ledger", "2020-02-20T10:00:00Z",
        sheriff + " extends its pause on facial recognition searches indefinitely",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.EXTENDED, sheriff, "police use", null,
        "indefinite", "2020-02-20");
  }

  private void project(Story.Item item) {
    projected.add(item);
    direct.one(item.discovered());
    direct.one(item.classified());
  }

  private double computed() {
    return meters.get("regwatch.lineages.computed").counter().count();
  }
}
