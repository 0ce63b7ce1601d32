package org.regwatch.classifier.pipeline;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a record was read, and its raw key and value, as a dead letter must carry them. */
public record RecordOrigin(String topic, int partition, long offset, String key, byte[] value) {

  public static RecordOrigin of(ConsumerRecord<String, byte[]> record) {
    return new RecordOrigin(
        record.topic(), record.partition(), record.offset(), record.key(), record.value());
  }
}
