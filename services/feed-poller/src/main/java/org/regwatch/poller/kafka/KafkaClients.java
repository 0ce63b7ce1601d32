package org.regwatch.poller.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The poller's plain Kafka clients. Plain clients rather than SmallRye channels because the
 * poller needs what channels hide: reading whole topics from the beginning without a group, a
 * rebalance listener that decides feed ownership, and the acknowledgement of each send before its
 * state advances.
 *
 * <p>One producer is shared by every writer (KafkaProducer is thread-safe); it is idempotent with
 * {@code acks=all}, set explicitly because some defaults in the stack turn idempotence off.
 */
@ApplicationScoped
public class KafkaClients {

  private final String bootstrapServers;
  private final String instanceId = UUID.randomUUID().toString().substring(0, 8);
  private volatile KafkaProducer<String, byte[]> producer;

  public KafkaClients(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Distinguishes this process's clients in broker logs and group membership. */
  public String instanceId() {
    return instanceId;
  }

  public synchronized KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      Map<String, Object> props = new HashMap<>();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, "feed-poller-" + instanceId);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
      // A REST write or a poll must learn quickly that the broker is away, not hang for a minute.
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  /** A consumer without a group, for reading whole topics with assign() and seek. */
  public KafkaConsumer<String, byte[]> viewConsumer(String purpose) {
    Map<String, Object> props = consumerBase(purpose);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return new KafkaConsumer<>(props);
  }

  public KafkaConsumer<String, byte[]> groupConsumer(String groupId, long sessionTimeoutMs) {
    Map<String, Object> props = consumerBase("group");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeoutMs);
    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeoutMs / 4));
    return new KafkaConsumer<>(props);
  }

  public Map<String, Object> adminProperties() {
    Map<String, Object> props = new HashMap<>();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "feed-poller-admin-" + instanceId);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
    return props;
  }

  private Map<String, Object> consumerBase(String purpose) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "feed-poller-" + purpose + "-" + instanceId);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return props;
  }

  @PreDestroy
  public synchronized void close() {
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
    }
  }
}
