package org.regwatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecRoundTripTest {

  private final EventCodec codec = new EventCodec();

  @Test
  void everyEventTypeSurvivesEncodeThenDecodeUnchanged() {
    Instant t = Instant.parse("2021-05-17T14:00:00Z");
    List<Event<?>> events =
        List.of(
            Event.of("e1", "/regwatch/feed-poller", "feed-1", t,
                FeedRegistered.of("feed-1", "https://example.org/rss", "Example", List.of("a"), 600, true, false)),
            Event.of("e2", "/regwatch/feed-poller", "feed-1", t, FeedRemoved.of("feed-1", "gone")),
            Event.of("e3", "/regwatch/feed-poller", "art-1", t,
                ArticleDiscovered.of("art-1", "feed-1", "https://example.org/a", "Title", "Summary",
                    "Summary", ContentKind.SUMMARY, t, "hash", List.of("tech"))),
            Event.of("e4", "/regwatch/feed-poller", "art-1", t,
                new ArticleRevised(1, "art-1", "feed-1", "https://example.org/a", "Title", "S2", "Full",
                    ContentKind.FULL_TEXT, null, "hash2", "hash", List.of())),
            Event.of("e5", "/regwatch/classifier", "art-1", t, classified()),
            Event.of("e6", "/regwatch/query-service", "whs_1", t,
                SubscriptionDisabled.of("whs_1", "sub_1", "https://alerts.example.org/hook",
                    "receiver answered 410 Gone", null, t)));

    for (Event<?> event : events) {
      assertThat(codec.decode(codec.encode(event))).as(event.type()).isEqualTo(event);
    }
  }

  @Test
  void encodedEventIsCloudEventsStructuredJson() {
    Event<FeedRemoved> event =
        Event.of("e2", "/regwatch/feed-poller", "feed-1", Instant.parse("2021-05-17T14:00:00Z"),
            FeedRemoved.of("feed-1", "gone"));

    String json = codec.encodeToString(event);

    assertThat(json)
        .contains("\"specversion\":\"1.0\"")
        .contains("\"type\":\"org.regwatch.feed.removed\"")
        .contains("\"time\":\"2021-05-17T14:00:00Z\"")
        .contains("\"data\":{\"schemaVersion\":1");
  }

  @Test
  void enumsAreWrittenInTheCorpusVocabulary() {
    String json = codec.encodeToString(Event.of("/regwatch/classifier", "art-1", classified()));

    assertThat(json)
        .contains("\"moratorium\":\"extended\"")
        .contains("\"subjectTech\":\"facial recognition\"")
        .contains("\"kind\":\"moratorium\"")
        .contains("\"field\":\"text\"");
  }

  @Test
  void givenGarbage_whenDecoding_thenDecodingExceptionWithReason() {
    assertThatThrownBy(() -> codec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> codec.decode(new byte[0]))
        .isInstanceOf(EventDecodingException.class);
  }

  @Test
  void givenPayloadMissingRequiredField_whenDecoding_thenDecodingExceptionNamesIt() {
    String json =
        "{\"id\":\"x\",\"source\":\"/s\",\"type\":\"org.regwatch.feed.removed\","
            + "\"time\":\"2021-01-01T00:00:00Z\",\"subject\":\"f\",\"data\":{\"schemaVersion\":1}}";

    assertThatThrownBy(() -> codec.decode(json))
        .isInstanceOf(EventDecodingException.class)
        .isNotInstanceOf(UnknownEventException.class)
        .hasMessageContaining("feedId");
  }

  @Test
  void givenUnknownType_whenDecoding_thenUnknownEventSoConsumersCanSkipIt() {
    String json =
        "{\"id\":\"x\",\"source\":\"/s\",\"type\":\"org.regwatch.something.new\","
            + "\"time\":\"2021-01-01T00:00:00Z\",\"subject\":\"f\",\"data\":{\"schemaVersion\":1}}";

    assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(UnknownEventException.class);
  }

  @Test
  void givenNewerSchemaVersion_whenDecoding_thenUnknownEvent() {
    String json =
        "{\"id\":\"x\",\"source\":\"/s\",\"type\":\"org.regwatch.feed.removed\","
            + "\"time\":\"2021-01-01T00:00:00Z\",\"subject\":\"f\","
            + "\"data\":{\"schemaVersion\":2,\"feedId\":\"f\"}}";

    assertThatThrownBy(() -> codec.decode(json))
        .isInstanceOf(UnknownEventException.class)
        .hasMessageContaining("v2");
  }

  @Test
  void givenTypedDecodeOfAnotherType_thenDecodingException() {
    byte[] json = codec.encode(Event.of("/s", "feed-1", FeedRemoved.of("feed-1", "")));

    assertThatThrownBy(() -> codec.decode(json, ArticleDiscovered.class))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("expected org.regwatch.article.discovered");
  }

  @Test
  void aLegislativeDevelopmentCarriesItsBillThroughTheCodec() {
    Development bill =
        new Development(DevelopmentKind.LEGISLATION, DevelopmentStatus.ADVANCING, true,
            "California Assembly", "facial recognition", null, "police use", "US-CA", null,
            LocalDate.parse("2019-05-09"), null, 0.8,
            List.of(new Evidence(Evidence.Field.TEXT, 0, 60, "The Assembly passed AB 1215 on Thursday.")),
            new Bill("AB 1215", "Body Camera Accountability Act"));
    Event<ArticleClassified> event =
        Event.of("/regwatch/classifier", "art-2",
            ArticleClassified.of("art-2", "e9", "hash", List.of("facial-recognition@3"),
                new ArticleLabels(true, MoratoriumStatus.NONE, LegislationStatus.ADVANCING,
                    List.of("California Assembly"), SubjectTech.FACIAL_RECOGNITION),
                List.of(bill), "en", "", false));

    String json = codec.encodeToString(event);

    assertThat(json).contains("\"bill\":{\"number\":\"AB 1215\",\"title\":\"Body Camera Accountability Act\"}");
    assertThat(codec.decode(json)).isEqualTo(event);
  }

  @Test
  void aBillNeedsANumberOrATitle() {
    assertThat(new Bill(" AB 1215 ", "  ").title()).isNull();
    assertThatThrownBy(() -> new Bill(null, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number or a title");
  }

  static ArticleClassified classified() {
    Development extension =
        new Development(DevelopmentKind.MORATORIUM, DevelopmentStatus.EXTENDED, true, "Amazon",
            "facial recognition", "Rekognition", "police use", "US", "indefinite",
            LocalDate.parse("2021-05-17"), null, 0.85,
            List.of(new Evidence(Evidence.Field.TEXT, 10, 80, "Amazon extended its moratorium indefinitely.")));
    return ArticleClassified.of("art-1", "e3", "hash", List.of("facial-recognition@1"),
        new ArticleLabels(true, MoratoriumStatus.EXTENDED, LegislationStatus.NONE, List.of("Amazon"),
            SubjectTech.FACIAL_RECOGNITION),
        List.of(extension), "en", "", false);
  }
}
