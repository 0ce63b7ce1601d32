package org.regwatch.classifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.regwatch.events.EventDecodingException;

class DeadLetterHeadersTest {

  private static Map<String, String> asMap(List<RecordHeader> headers) {
    return headers.stream()
        .collect(Collectors.toMap(RecordHeader::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
  }

  @Test
  void aDeadLetterSaysWhyAndWhereTheRecordCameFrom() {
    RecordOrigin origin = new RecordOrigin("regwatch.articles", 4, 1234L, "a1", new byte[] {1});
    Outcome.DeadLetter dead =
        new Outcome.DeadLetter(Outcome.Cause.UNDECODABLE, "not JSON: unexpected character", new EventDecodingException("x"));

    Map<String, String> headers = asMap(DeadLetterHeaders.of(origin, dead, "live"));

    assertThat(headers)
        .containsEntry("dead-letter-reason", "not JSON: unexpected character")
        .containsEntry("dead-letter-cause", "undecodable")
        .containsEntry("dead-letter-topic", "regwatch.articles")
        .containsEntry("dead-letter-partition", "4")
        .containsEntry("dead-letter-offset", "1234")
        .containsEntry("dead-letter-consumer", "live")
        .containsEntry("dead-letter-exception-class-name", EventDecodingException.class.getName());
  }

  @Test
  void aHugeReasonIsCutSoTheDeadLetterStaysSmall() {
    RecordOrigin origin = new RecordOrigin("regwatch.articles", 0, 1L, null, null);
    Outcome.DeadLetter dead = new Outcome.DeadLetter(Outcome.Cause.CLASSIFICATION_FAILED, "x".repeat(100_000), null);

    Map<String, String> headers = asMap(DeadLetterHeaders.of(origin, dead, "live"));

    assertThat(headers.get("dead-letter-reason")).hasSizeLessThan(2_100);
    assertThat(headers).doesNotContainKey("dead-letter-exception-class-name");
  }
}
