package org.regwatch.classifier.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The headers of a dead letter. Names follow SmallRye's own dead-letter-queue strategy, so that
 * one tool reads the dead letters of every Regwatch service whichever way they were written.
 */
public final class DeadLetterHeaders {

  public static final String REASON = "dead-letter-reason";
  public static final String CAUSE = "dead-letter-cause";
  public static final String EXCEPTION = "dead-letter-exception-class-name";
  public static final String TOPIC = "dead-letter-topic";
  public static final String PARTITION = "dead-letter-partition";
  public static final String OFFSET = "dead-letter-offset";
  /** Which consumer gave up on the record: the live pipeline or the re-tagging replay. */
  public static final String CONSUMER = "dead-letter-consumer";
  /** Present when the value was cut: the original size in bytes (the original stays in its topic). */
  public static final String VALUE_TRUNCATED_FROM = "dead-letter-value-truncated-from";

  /** Kafka has no hard header limit, but a reason quoting a 10 MB record helps nobody. */
  private static final int MAX_REASON_CHARS = 2_000;

  private DeadLetterHeaders() {}

  public static List<RecordHeader> of(RecordOrigin origin, Outcome.DeadLetter dead, String consumer) {
    List<RecordHeader> headers = new ArrayList<>();
    add(headers, REASON, truncate(dead.reason()));
    add(headers, CAUSE, dead.cause().label());
    if (dead.error() != null) {
      add(headers, EXCEPTION, dead.error().getClass().getName());
    }
    add(headers, TOPIC, origin.topic());
    add(headers, PARTITION, Integer.toString(origin.partition()));
    add(headers, OFFSET, Long.toString(origin.offset()));
    add(headers, CONSUMER, consumer);
    return headers;
  }

  private static void add(List<RecordHeader> headers, String name, String value) {
    headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
  }

  private static String truncate(String reason) {
    return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
  }
}
