package org.regwatch.classifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.FeedRegistered;
import org.regwatch.events.MoratoriumStatus;

class ArticleEventClassifierTest {

  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private final EventCodec codec = new EventCodec();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private ArticleEventClassifier pipelineWith(ArticleClassifier classifier) {
    PipelineConfig config = TestConfigs.pipeline(false);
    return new ArticleEventClassifier(
        codec,
        classifier,
        new ClassifiedEventFactory(config, Clock.fixed(NOW, ZoneOffset.UTC)),
        new PipelineMetrics(registry));
  }

  @Test
  void aDiscoveredArticleBecomesAClassifiedEventAboutTheSameArticle() {
    Event<?> article =
        Articles.discovered("art-evt-17", "article-pause", Articles.PAUSE_TITLE, Articles.PAUSE_TEXT);

    Outcome outcome = pipelineWith(FakeClassifiers.pauseSpotter()).process(codec.encode(article), "live");

    assertThat(outcome).isInstanceOf(Outcome.Classified.class);
    Event<ArticleClassified> event = ((Outcome.Classified) outcome).event();
    assertThat(event.subject()).isEqualTo("article-pause");
    assertThat(event.source()).isEqualTo("/regwatch/classifier");
    assertThat(event.time()).isEqualTo(NOW);
    assertThat(event.data().articleEventId()).isEqualTo("art-evt-17");
    assertThat(event.data().contentHash()).isEqualTo(((org.regwatch.events.ArticleDiscovered) article.data()).contentHash());
    assertThat(event.data().labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(event.data().rulePacks()).containsExactlyElementsOf(FakeClassifiers.PACKS);
  }

  @Test
  void theEventIdIsDerivedFromTheArticleEventAndThePackVersionsSoReplaysRepeatIt() {
    byte[] record =
        codec.encode(Articles.discovered("art-evt-17", "article-pause", Articles.PAUSE_TITLE, Articles.PAUSE_TEXT));
    ArticleEventClassifier pipeline = pipelineWith(FakeClassifiers.pauseSpotter());

    Outcome first = pipeline.process(record, "live");
    Outcome replayed = pipeline.process(record, "retag");

    assertThat(((Outcome.Classified) first).event().id())
        .isEqualTo("cls-art-evt-17-facial-recognition@27+emotion-recognition@3")
        .isEqualTo(((Outcome.Classified) replayed).event().id());
  }

  @Test
  void aRevisionIsClassifiedAsTheNewVersionOfTheArticle() {
    Event<?> revision =
        Articles.revised("art-evt-18", "article-pause", Articles.PAUSE_TITLE, Articles.PAUSE_TEXT + " Updated.", "sha256:old");

    Outcome outcome = pipelineWith(FakeClassifiers.pauseSpotter()).process(codec.encode(revision), "live");

    Event<ArticleClassified> event = ((Outcome.Classified) outcome).event();
    assertThat(event.data().articleEventId()).isEqualTo("art-evt-18");
    assertThat(event.id()).isEqualTo("cls-art-evt-18-facial-recognition@27+emotion-recognition@3");
  }

  @Test
  void theRuleEngineReadsTitleTextAndThePublicationDayInUtc() {
    AtomicReference<ArticleText> seen = new AtomicReference<>();
    ArticleClassifier recorder =
        article -> {
          seen.set(article);
          return FakeClassifiers.pauseSpotter().classify(article);
        };

    pipelineWith(recorder)
        .process(codec.encode(Articles.discovered("e1", "a1", Articles.PAUSE_TITLE, Articles.PAUSE_TEXT)), "live");

    assertThat(seen.get().title()).isEqualTo(Articles.PAUSE_TITLE);
    assertThat(seen.get().text()).isEqualTo(Articles.PAUSE_TEXT);
    assertThat(seen.get().published()).isEqualTo(LocalDate.of(2020, 6, 10));
  }

  @Test
  void bytesThatAreNotJsonAreDeadLetteredAsUndecodableWithTheCodecsReason() {
    byte[] garbage = "<rss><item>not an event</item></rss>".getBytes(StandardCharsets.UTF_8);

    Outcome outcome = pipelineWith(FakeClassifiers.pauseSpotter()).process(garbage, "live");

    assertThat(outcome).isInstanceOf(Outcome.DeadLetter.class);
    Outcome.DeadLetter dead = (Outcome.DeadLetter) outcome;
    assertThat(dead.cause()).isEqualTo(Outcome.Cause.UNDECODABLE);
    assertThat(dead.reason()).startsWith("not JSON");
  }

  @Test
  void invalidUtf8IsDeadLetteredNotThrown() {
    byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '{'};

    Outcome outcome = pipelineWith(FakeClassifiers.pauseSpotter()).process(invalid, "live");

    assertThat(outcome).isInstanceOf(Outcome.DeadLetter.class);
  }

  @Test
  void aNullValueIsDeadLettered() {
    Outcome outcome = pipelineWith(FakeClassifiers.pauseSpotter()).process(null, "live");

    assertThat(((Outcome.DeadLetter) outcome).reason()).isEqualTo("empty record");
  }

  @Test
  void anEventOfAnUnknownTypeIsSkippedAndCounted() {
    String future =
        "{\"specversion\":\"1.0\",\"id\":\"x1\",\"source\":\"/regwatch/feed-poller\","
            + "\"type\":\"org.regwatch.article.translated\",\"time\":\"2026-01-01T00:00:00Z\","
            + "\"subject\":\"a1\",\"data\":{\"schemaVersion\":1,\"articleId\":\"a1\"}}";

    Outcome outcome =
        pipelineWith(FakeClassifiers.pauseSpotter()).process(future.getBytes(StandardCharsets.UTF_8), "live");

    assertThat(outcome).isInstanceOf(Outcome.Skipped.class);
    assertThat(registry.get(PipelineMetrics.UNKNOWN_SKIPPED).counter().count()).isEqualTo(1.0);
  }

  @Test
  void aNewerSchemaVersionOfAKnownTypeIsSkippedNotDeadLettered() {
    String newer =
        new String(
                codec.encode(Articles.discovered("e1", "a1", Articles.PAUSE_TITLE, Articles.PAUSE_TEXT)),
                StandardCharsets.UTF_8)
            .replace("\"schemaVersion\":1", "\"schemaVersion\":2");

    Outcome outcome =
        pipelineWith(FakeClassifiers.pauseSpotter()).process(newer.getBytes(StandardCharsets.UTF_8), "live");

    assertThat(outcome).isInstanceOf(Outcome.Skipped.class);
  }

  @Test
  void aFeedEventOnTheArticlesTopicIsDeadLetteredAsNotAnArticle() {
    Event<FeedRegistered> feed =
        Event.of("/regwatch/feed-poller", "feed-1",
            FeedRegistered.of("feed-1", "https://news.example.org/rss", "News", java.util.List.of(), 900, false, false));

    Outcome outcome = pipelineWith(FakeClassifiers.pauseSpotter()).process(codec.encode(feed), "live");

    assertThat(((Outcome.DeadLetter) outcome).cause()).isEqualTo(Outcome.Cause.NOT_AN_ARTICLE);
  }

  @Test
  void aRuleEngineExceptionDeadLettersThatArticleWithTheExceptionAsReason() {
    byte[] record = codec.encode(Articles.discovered("e1", "a1", Articles.PAUSE_TITLE, Articles.PAUSE_TEXT));

    Outcome outcome = pipelineWith(FakeClassifiers.throwing()).process(record, "live");

    Outcome.DeadLetter dead = (Outcome.DeadLetter) outcome;
    assertThat(dead.cause()).isEqualTo(Outcome.Cause.CLASSIFICATION_FAILED);
    assertThat(dead.reason()).contains("a1").contains("scope-negation");
  }

  @Test
  void everyClassificationIsTimed() {
    byte[] record = codec.encode(Articles.discovered("e1", "a1", Articles.PAUSE_TITLE, Articles.PAUSE_TEXT));

    pipelineWith(FakeClassifiers.pauseSpotter()).process(record, "live");

    assertThat(registry.get(PipelineMetrics.LATENCY).tag("path", "live").timer().count()).isEqualTo(1);
  }
}
