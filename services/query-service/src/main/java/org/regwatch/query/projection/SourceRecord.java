package org.regwatch.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a record came from, kept so that a dead letter can point back at it. */
public record SourceRecord(String topic, int partition, long offset, String key, byte[] value) {

  public static SourceRecord of(ConsumerRecord<String, byte[]> r) {
    return new SourceRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value());
  }

  public String position() {
    return topic + "-" + partition + "@" + offset;
  }
}
