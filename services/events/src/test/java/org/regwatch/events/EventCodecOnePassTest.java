package org.regwatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The codec reads a well-formed record in one pass and leaves everything unusual to the full
 * checks; both must agree on what a record is.
 */
class EventCodecOnePassTest {

  private static final String[] V1_SAMPLES = {"feed-registered.json", "feed-removed.json",
      "article-discovered.json", "article-revised.json", "article-classified.json",
      "moratorium-expiry-lapsed.json", "subscription-disabled.json"};

  private final EventCodec codec = new EventCodec();

  @Test
  void everyV1SampleIsReadInOnePassAsTheFullChecksReadIt() throws IOException {
    for (String name : V1_SAMPLES) {
      byte[] json = sample(name);

      Event<?> onePass = codec.decodeOnePass(json);

      assertThat(onePass).as(name).isNotNull().isEqualTo(codec.decodeChecked(json));
    }
  }

  @Test
  void givenDataBeforeType_whenDecoding_thenTheFullChecksReadTheSameEvent() {
    byte[] json = ("{\"data\":{\"schemaVersion\":1,\"feedId\":\"feed-1\",\"reason\":\"gone\"},"
        + "\"specversion\":\"1.0\",\"id\":\"e2\",\"source\":\"/regwatch/feed-poller\","
        + "\"type\":\"org.regwatch.feed.removed\",\"time\":\"2021-05-17T14:00:00Z\","
        + "\"subject\":\"feed-1\"}").getBytes(StandardCharsets.UTF_8);

    assertThat(codec.decodeOnePass(json)).isNull();
    assertThat(codec.decode(json).data()).isEqualTo(FeedRemoved.of("feed-1", "gone"));
  }

  @Test
  void givenARepeatedType_whenDecoding_thenTheLastOneCountsAsItAlwaysDid() {
    byte[] json = ("{\"id\":\"x\",\"source\":\"/s\",\"type\":\"org.regwatch.feed.removed\","
        + "\"time\":\"2021-01-01T00:00:00Z\",\"subject\":\"f\",\"type\":\"org.regwatch.some.new\","
        + "\"data\":{\"schemaVersion\":1,\"feedId\":\"f\"}}").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(UnknownEventException.class);
  }

  @Test
  void givenAnEmptySubject_whenDecoding_thenDecodingExceptionNamesIt() {
    byte[] json = ("{\"id\":\"x\",\"source\":\"/s\",\"type\":\"org.regwatch.feed.removed\","
        + "\"time\":\"2021-01-01T00:00:00Z\",\"subject\":\"\","
        + "\"data\":{\"schemaVersion\":1,\"feedId\":\"f\"}}").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> codec.decode(json))
        .isInstanceOf(EventDecodingException.class)
        .hasMessage("missing attribute: subject");
  }

  static byte[] sample(String name) throws IOException {
    try (InputStream in = EventCodecOnePassTest.class.getResourceAsStream("/samples/v1/" + name)) {
      assertThat(in).as("sample " + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
