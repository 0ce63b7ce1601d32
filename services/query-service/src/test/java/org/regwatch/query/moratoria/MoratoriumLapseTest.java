package org.regwatch.query.moratoria;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.MoratoriumExpiryLapsed;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Developments;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.SettableClock;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * "Expired (unconfirmed)" as an event the service emits itself when its clock passes a
 * moratorium's expected expiry, over the real broker and database: published keyed by the
 * development, read back into the history and the status board, never twice, and superseded by
 * later news. The moratoria here are from 2019, before any other test's, so moving the clock to
 * early 2019 lapses only them.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class MoratoriumLapseTest {

  private static final LocalDate EXPIRY = LocalDate.parse("2019-02-06");

  @Inject
  ExpiryWatch watch;

  @Inject
  SettableClock clock;

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();
  private final EventCodec codec = new EventCodec();

  @AfterEach
  void close() {
    clock.reset();
    kafka.close();
  }

  /** A thirty-day pause from 2019-01-07: expected to expire on 2019-02-06. */
  private Story.Item thirtyDayPause(String sheriff) {
    return story.reporting("harbor-tech-daily", "2019-01-07T10:00:00Z",
        sheriff + " pauses facial recognition searches for thirty days",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, sheriff, "police use", null,
        "30 days", "2019-01-07");
  }

  @Test
  void whenTheExpiryPassesWithoutNewsTheServiceEmitsOneLapseAndReadsItBackIntoHistoryAndBoard() {
    String sheriff = "Harbor County Sheriff " + story.run;
    String id = Developments.of(send(thirtyDayPause(sheriff)));
    int version = given().get("/api/developments/" + id).then().extract().path("version");

    clock.set(Instant.parse("2019-02-06T23:00:00Z"));
    watch.emitLapses();
    assertThat(stateOnBoard(sheriff)).as("on its last day it is still active").isEqualTo("active");

    clock.set(Instant.parse("2019-02-07T06:00:00Z"));
    assertThat(watch.emitLapses()).isPositive();
    Eventually.assertThat(() -> assertThat(stateOnBoard(sheriff))
        .isEqualTo("expired (unconfirmed)"));
    given().get("/api/developments/" + id).then().statusCode(200)
        .body("history.findAll { it.change == 'expired_unconfirmed' }.newValue",
            org.hamcrest.Matchers.contains("2019-02-06"))
        .body("version", equalTo(version + 1));

    // A restart or the next hourly run finds the lapse already recorded: nothing more is sent.
    assertThat(watch.emitLapses()).isZero();
    List<ConsumerRecord<String, byte[]>> sent = kafka.readAll(Topics.DEVELOPMENTS,
            Duration.ofSeconds(3)).stream().filter(r -> id.equals(r.key())).toList();
    assertThat(sent).hasSize(1);
    Event<MoratoriumExpiryLapsed> event =
        codec.decode(sent.get(0).value(), MoratoriumExpiryLapsed.class);
    assertThat(event.id()).isEqualTo("lapse-" + id + "-2019-02-06");
    assertThat(event.source()).isEqualTo("/regwatch/query-service");
    assertThat(event.subject()).isEqualTo(id);
    assertThat(event.time()).isEqualTo(Instant.parse("2019-02-07T00:00:00Z"));
    assertThat(event.data().actor()).isEqualTo(sheriff);
    assertThat(event.data().status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
    assertThat(event.data().since()).isEqualTo(LocalDate.parse("2019-01-07"));
    assertThat(event.data().expectedExpiry()).isEqualTo(EXPIRY);
  }

  @Test
  void aLaterArticleReportingAnExtensionSupersedesTheLapse() {
    String sheriff = "Lakeside Police " + story.run;
    Developments.of(send(thirtyDayPause(sheriff)));
    clock.set(Instant.parse("2019-02-10T09:00:00Z"));
    watch.emitLapses();
    Eventually.assertThat(() -> assertThat(stateOnBoard(sheriff))
        .isEqualTo("expired (unconfirmed)"));

    Developments.of(send(story.reporting("civic-ledger", "2019-02-12T10:00:00Z",
        sheriff + " extends its pause on facial recognition searches indefinitely",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.EXTENDED, sheriff, "police use", null,
        "indefinite", "2019-02-11")));

    given().queryParam("actor", sheriff).get("/api/status-board").then().statusCode(200)
        .body("items[0].current.status", equalTo("extended"))
        .body("items[0].current.state", equalTo("indefinite"))
        .body("items[0].timeline.status",
            org.hamcrest.Matchers.contains("announced", "extended"));
  }

  @Test
  void aLapseDeliveredTwiceIsRecordedOnce() {
    String sheriff = "Millbrook Police " + story.run;
    String id = Developments.of(send(thirtyDayPause(sheriff)));
    clock.set(Instant.parse("2019-02-10T09:00:00Z"));
    watch.emitLapses();
    Eventually.assertThat(() -> given().get("/api/developments/" + id).then()
        .body("history.findAll { it.change == 'expired_unconfirmed' }.size()", equalTo(1)));

    // The same event again (say, emitted once more just before a restart), then, keyed alike and
    // so behind it in the partition, a lapse of a corrected expiry date: once the second shows,
    // the first has been read too.
    MoratoriumExpiryLapsed first = MoratoriumExpiryLapsed.of(id, DevelopmentStatus.ANNOUNCED,
        sheriff, "facial recognition", null, "police use", "30 days",
        LocalDate.parse("2019-01-07"), EXPIRY);
    kafka.send(LapsePublisher.event(first));
    kafka.send(LapsePublisher.event(MoratoriumExpiryLapsed.of(id, DevelopmentStatus.ANNOUNCED,
        sheriff, "facial recognition", null, "police use", "31 days",
        LocalDate.parse("2019-01-07"), EXPIRY.plusDays(1))));

    Eventually.assertThat(() -> given().get("/api/developments/" + id).then()
        .body("history.findAll { it.change == 'expired_unconfirmed' }.newValue",
            org.hamcrest.Matchers.contains("2019-02-06", "2019-02-07")));
  }

  private String stateOnBoard(String actor) {
    return given().queryParam("actor", actor).get("/api/status-board").then().statusCode(200)
        .extract().jsonPath().getString("items[0].current.state");
  }

  private Story.Item send(Story.Item item) {
    kafka.send(item.discovered());
    kafka.send(item.classified());
    return item;
  }
}
