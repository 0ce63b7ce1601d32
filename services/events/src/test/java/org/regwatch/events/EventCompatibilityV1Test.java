package org.regwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Reads the checked-in v1 samples. These files are frozen: if a change to the records makes one
 * of these tests fail, the change breaks readers of the existing log and needs a new schema
 * version instead.
 */
class EventCompatibilityV1Test {

  private final EventCodec codec = new EventCodec();

  @Test
  void readsV1FeedRegistered() throws IOException {
    Event<FeedRegistered> event = codec.decode(sample("feed-registered.json"), FeedRegistered.class);

    assertThat(event.subject()).isEqualTo("feed-6b1d0f3a");
    assertThat(event.data().url()).isEqualTo("https://news.example.org/tech/rss.xml");
    assertThat(event.data().tags()).containsExactly("tech", "policy");
    assertThat(event.data().pollIntervalSeconds()).isEqualTo(900);
  }

  @Test
  void readsV1FeedRemoved() throws IOException {
    Event<FeedRemoved> event = codec.decode(sample("feed-removed.json"), FeedRemoved.class);

    assertThat(event.data().feedId()).isEqualTo("feed-6b1d0f3a");
    assertThat(event.data().reason()).isEqualTo("removed by operator");
  }

  @Test
  void readsV1ArticleDiscovered() throws IOException {
    Event<ArticleDiscovered> event =
        codec.decode(sample("article-discovered.json"), ArticleDiscovered.class);

    assertThat(event.time()).isEqualTo(Instant.parse("2020-06-10T23:05:00Z"));
    assertThat(event.data().content()).isEqualTo(ContentKind.SUMMARY);
    assertThat(event.data().published()).isEqualTo(Instant.parse("2020-06-10T22:40:00Z"));
    assertThat(event.data().title()).startsWith("Amazon pauses police use");
  }

  @Test
  void readsV1ArticleRevised() throws IOException {
    Event<ArticleRevised> event = codec.decode(sample("article-revised.json"), ArticleRevised.class);

    assertThat(event.data().previousContentHash()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
  }

  @Test
  void readsV1ArticleClassified() throws IOException {
    Event<ArticleClassified> event =
        codec.decode(sample("article-classified.json"), ArticleClassified.class);

    ArticleClassified data = event.data();
    assertThat(data.rulePacks()).containsExactly("facial-recognition@1");
    assertThat(data.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(data.labels().subjectTech()).isEqualTo(SubjectTech.FACIAL_RECOGNITION);
    Development headline = data.developments().get(0);
    assertThat(headline.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(headline.product()).isEqualTo("Rekognition");
    assertThat(headline.expiryDate()).isEqualTo(LocalDate.parse("2021-06-10"));
    assertThat(headline.evidence().get(0).field()).isEqualTo(Evidence.Field.TITLE);
    assertThat(headline.bill()).as("written before the optional bill field existed").isNull();
  }

  @Test
  void readsV1MoratoriumExpiryLapsed() throws IOException {
    Event<MoratoriumExpiryLapsed> event =
        codec.decode(sample("moratorium-expiry-lapsed.json"), MoratoriumExpiryLapsed.class);

    assertThat(event.id()).isEqualTo(event.data().eventId());
    assertThat(event.source()).isEqualTo("/regwatch/query-service");
    assertThat(event.subject()).isEqualTo(event.data().developmentId());
    assertThat(event.data().status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
    assertThat(event.data().product()).isEqualTo("Rekognition");
    assertThat(event.data().since()).isEqualTo(LocalDate.parse("2020-06-10"));
    assertThat(event.data().expectedExpiry()).isEqualTo(LocalDate.parse("2021-06-10"));
  }

  @Test
  void readsV1SubscriptionDisabled() throws IOException {
    Event<SubscriptionDisabled> event =
        codec.decode(sample("subscription-disabled.json"), SubscriptionDisabled.class);

    assertThat(event.subject()).isEqualTo(event.data().subscriptionId());
    assertThat(event.data().subscriberId()).isEqualTo("sub_5f1c0d2e9a7b4c31");
    assertThat(event.data().reason()).startsWith("no successful delivery since");
    assertThat(event.data().failingSince()).isEqualTo(Instant.parse("2026-11-17T08:00:00Z"));
    assertThat(event.data().disabledAt()).isEqualTo(Instant.parse("2026-11-22T08:00:03Z"));
  }

  @Test
  void v1SamplesReEncodeToEquivalentEvents() throws IOException {
    for (String name :
        new String[] {"feed-registered.json", "feed-removed.json", "article-discovered.json",
          "article-revised.json", "article-classified.json", "moratorium-expiry-lapsed.json",
          "subscription-disabled.json"}) {
      Event<?> event = codec.decode(sample(name));
      assertThat(codec.decode(codec.encode(event))).as(name).isEqualTo(event);
    }
  }

  private static byte[] sample(String name) throws IOException {
    try (InputStream in =
        EventCompatibilityV1Test.class.getResourceAsStream("/samples/v1/" + name)) {
      assertThat(in).as("sample " + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
