package org.regwatch.poller.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;

/** Reads a topic back from the real broker, the way a downstream consumer would. */
public final class TopicReader {

  private static final EventCodec CODEC = new EventCodec();

  private TopicReader() {}

  public static String bootstrap() {
    return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
  }

  /** Every record of the topic at this moment. */
  public static List<ConsumerRecord<String, byte[]>> records(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
      long deadline = System.currentTimeMillis() + 20_000;
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError("could not read " + topic + " to its end");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      return out;
    }
  }

  /** The decodable events of the topic whose payload matches. */
  public static List<Event<?>> events(String topic, Predicate<Event<?>> filter) {
    List<Event<?>> out = new ArrayList<>();
    for (var record : records(topic)) {
      if (record.value() == null) {
        continue;
      }
      try {
        Event<?> event = CODEC.decode(record.value());
        if (filter.test(event)) {
          out.add(event);
        }
      } catch (RuntimeException e) {
        // not ours to judge here
      }
    }
    return out;
  }
}
