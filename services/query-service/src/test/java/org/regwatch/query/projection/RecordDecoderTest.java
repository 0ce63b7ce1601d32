package org.regwatch.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.FeedRemoved;

class RecordDecoderTest {

  private final EventCodec codec = new EventCodec();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final RecordDecoder decoder = new RecordDecoder(codec, new ProjectionMetrics(registry));

  @Test
  void garbageBecomesADeadLetterWithTheCodecsReason() {
    DecodedBatch batch = decoder.decode(List.of(record("{not json")), Set.of(ArticleClassified.class));
    assertThat(batch.events()).isEmpty();
    assertThat(batch.deadLetters()).singleElement()
        .satisfies(d -> assertThat(d.reason()).startsWith("not JSON"));
  }

  @Test
  void aNewerSchemaVersionIsSkippedAndCountedNotDeadLettered() {
    String newer = codec.encodeToString(classified()).replace("\"schemaVersion\":1", "\"schemaVersion\":7");
    DecodedBatch batch = decoder.decode(List.of(record(newer)), Set.of(ArticleClassified.class));
    assertThat(batch.skipped()).isEqualTo(1);
    assertThat(batch.deadLetters()).isEmpty();
    assertThat(registry.get("regwatch.projection.skipped").counter().count()).isEqualTo(1.0);
  }

  @Test
  void anEventThatDoesNotBelongOnTheTopicIsADeadLetter() {
    String feedRemoved = codec.encodeToString(
        Event.of("/regwatch/feed-poller", "feed-1", FeedRemoved.of("feed-1", "removed by operator")));
    DecodedBatch batch = decoder.decode(List.of(record(feedRemoved)), Set.of(ArticleClassified.class));
    assertThat(batch.deadLetters()).singleElement()
        .satisfies(d -> assertThat(d.reason()).contains("unexpected event type"));
  }

  @Test
  void aValidEventIsKeptInOrderWithItsSource() {
    DecodedBatch batch = decoder.decode(
        List.of(record(codec.encodeToString(classified()))), Set.of(ArticleClassified.class));
    assertThat(batch.events()).singleElement()
        .satisfies(d -> assertThat(d.source().offset()).isEqualTo(42));
  }

  private Event<ArticleClassified> classified() {
    return Event.of("/regwatch/classifier", "art-1", ArticleClassified.of("art-1", "disc-1", "h",
        List.of("facial-recognition@1"), ArticleLabels.IRRELEVANT, List.of(), "en", "", false));
  }

  private static SourceRecord record(String value) {
    return new SourceRecord("regwatch.classifications", 0, 42, "art-1",
        value.getBytes(StandardCharsets.UTF_8));
  }
}
