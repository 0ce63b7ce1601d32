package org.regwatch.classifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.Bill;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.EventTypes;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.Topics;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The live hop over a real broker: records produced to regwatch.articles come out on
 * regwatch.classifications or regwatch.dead-letters. Every test uses its own article ids, since
 * the broker and its topics are shared by the whole test JVM.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ClassifierPipelineTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String GROUP = "regwatch-classifier";

  @Inject MeterRegistry registry;

  private final EventCodec codec = new EventCodec();
  private final KafkaFixture kafka = new KafkaFixture();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void close() {
    kafka.close();
  }

  private Event<ArticleDiscovered> pauseStory(String articleId) {
    return Articles.discovered("evt-" + articleId, articleId, Articles.PAUSE_TITLE, Articles.PAUSE_TEXT);
  }

  private ConsumerRecord<String, byte[]> classificationOf(String articleId) {
    return kafka.await(Topics.CLASSIFICATIONS, r -> articleId.equals(r.key()), WAIT);
  }

  @Test
  void aDiscoveredArticleIsClassifiedOntoTheClassificationsTopicKeyedByItsId() {
    String articleId = "pause-" + run;
    Event<ArticleDiscovered> article = pauseStory(articleId);

    kafka.send(Topics.ARTICLES, articleId, codec.encode(article));

    ConsumerRecord<String, byte[]> record = classificationOf(articleId);
    Event<ArticleClassified> event = codec.decode(record.value(), ArticleClassified.class);
    assertThat(event.type()).isEqualTo(EventTypes.ARTICLE_CLASSIFIED);
    assertThat(event.subject()).isEqualTo(articleId);
    assertThat(event.source()).isEqualTo("/regwatch/classifier");
    assertThat(event.data().articleEventId()).isEqualTo(article.id());
    assertThat(event.data().contentHash()).isEqualTo(article.data().contentHash());
    assertThat(event.data().rulePacks()).isNotEmpty();
    assertThat(event.id()).isEqualTo("cls-" + article.id() + "-" + String.join("+", event.data().rulePacks()));
    // The one fact of the test article any rule engine must get right.
    assertThat(event.data().labels().relevant()).isTrue();
    assertThat(event.data().labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(event.data().labels().actors()).contains("Amazon");
  }

  @Test
  void aLegislativeDevelopmentCarriesTheBillItsSentenceNamesOnTheTopic() {
    String articleId = "bill-" + run;

    kafka.send(
        Topics.ARTICLES, articleId,
        codec.encode(Articles.discovered("evt-" + articleId, articleId, Articles.BILL_TITLE, Articles.BILL_TEXT)));

    // Decoded from the bytes on the topic: the optional field travels through the contract's codec.
    Event<ArticleClassified> event = codec.decode(classificationOf(articleId).value(), ArticleClassified.class);
    Development headline = event.data().developments().get(0);
    assertThat(headline.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(headline.bill())
        .isEqualTo(new Bill("S 2052", "Facial Recognition and Biometric Technology Moratorium Act"));
  }

  @Test
  void anIrrelevantArticleIsClassifiedToo() {
    String articleId = "phone-" + run;

    kafka.send(
        Topics.ARTICLES, articleId,
        codec.encode(Articles.discovered("evt-" + articleId, articleId, Articles.PHONE_TITLE, Articles.PHONE_TEXT)));

    Event<ArticleClassified> event = codec.decode(classificationOf(articleId).value(), ArticleClassified.class);
    assertThat(event.data().labels().relevant()).isFalse();
    assertThat(event.data().developments()).isEmpty();
  }

  @Test
  void aGarbageRecordIsDeadLetteredWithItsReasonAndTheNextRecordOfItsPartitionIsStillClassified() {
    String articleId = "garbage-" + run;
    byte[] garbage = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);

    RecordMetadata bad = kafka.send(Topics.ARTICLES, articleId, garbage);
    // Same key, so same partition, right after the bad record.
    RecordMetadata good = kafka.send(Topics.ARTICLES, articleId, codec.encode(pauseStory(articleId)));

    ConsumerRecord<String, byte[]> dead =
        kafka.await(Topics.DEAD_LETTERS, r -> articleId.equals(r.key()), WAIT);
    Map<String, String> headers = KafkaFixture.headers(dead);
    assertThat(headers.get("dead-letter-reason")).startsWith("not JSON");
    assertThat(headers)
        .containsEntry("dead-letter-cause", "undecodable")
        .containsEntry("dead-letter-topic", Topics.ARTICLES)
        .containsEntry("dead-letter-partition", Integer.toString(bad.partition()))
        .containsEntry("dead-letter-offset", Long.toString(bad.offset()));
    assertThat(dead.value()).isEqualTo(garbage);
    assertThat(good.partition()).isEqualTo(bad.partition());
    assertThat(classificationOf(articleId).key()).isEqualTo(articleId);
  }

  @Test
  void anEventOfAnUnknownTypeIsCountedAndSkippedWithoutADeadLetter() throws InterruptedException {
    String articleId = "future-" + run;
    String future =
        "{\"specversion\":\"1.0\",\"id\":\"evt-translated-" + run + "\",\"source\":\"/regwatch/translator\","
            + "\"type\":\"org.regwatch.article.translated\",\"time\":\"2026-11-01T00:00:00Z\","
            + "\"subject\":\"" + articleId + "\",\"data\":{\"schemaVersion\":1,\"articleId\":\"" + articleId + "\"}}";
    double skippedBefore = registry.get(PipelineMetrics.UNKNOWN_SKIPPED).counter().count();

    kafka.send(Topics.ARTICLES, articleId, future);
    RecordMetadata good = kafka.send(Topics.ARTICLES, articleId, codec.encode(pauseStory(articleId)));

    classificationOf(articleId);
    // Once the offset is committed past the good record, every send of its batch (and of the
    // batches before it) was acknowledged: a dead letter, had there been one, is on the topic.
    kafka.awaitCommittedPast(GROUP, Topics.ARTICLES, good.partition(), good.offset(), WAIT);
    assertThat(kafka.readToEnd(Topics.DEAD_LETTERS)).noneMatch(r -> articleId.equals(r.key()));
    assertThat(registry.get(PipelineMetrics.UNKNOWN_SKIPPED).counter().count()).isGreaterThan(skippedBefore);
  }

  @Test
  void offsetsAreCommittedOnlyOnceTheClassificationIsOnTheBroker() throws InterruptedException {
    String articleId = "commit-" + run;

    RecordMetadata sent = kafka.send(Topics.ARTICLES, articleId, codec.encode(pauseStory(articleId)));

    kafka.awaitCommittedPast(GROUP, Topics.ARTICLES, sent.partition(), sent.offset(), WAIT);
    // No wait here: the commit came after the acknowledgement, so the record must already be there.
    assertThat(kafka.readToEnd(Topics.CLASSIFICATIONS)).anyMatch(r -> articleId.equals(r.key()));
  }

  @Test
  void classificationsOfOneArticleComeOutInTheOrderOfItsVersions() {
    String articleId = "versions-" + run;
    for (int version = 1; version <= 5; version++) {
      Event<ArticleDiscovered> v =
          Articles.discovered("evt-" + articleId + "-v" + version, articleId, Articles.PAUSE_TITLE,
              Articles.PAUSE_TEXT + " Version " + version + ".");
      kafka.send(Topics.ARTICLES, articleId, codec.encode(v));
    }

    var records = kafka.awaitCount(Topics.CLASSIFICATIONS, r -> articleId.equals(r.key()), 5, WAIT);

    assertThat(records)
        .extracting(r -> codec.decode(r.value(), ArticleClassified.class).data().articleEventId())
        .containsExactly(
            "evt-" + articleId + "-v1", "evt-" + articleId + "-v2", "evt-" + articleId + "-v3",
            "evt-" + articleId + "-v4", "evt-" + articleId + "-v5");
  }
}
