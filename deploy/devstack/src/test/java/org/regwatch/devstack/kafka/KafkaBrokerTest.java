package org.regwatch.devstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regwatch.devstack.process.FreePorts;
import org.regwatch.devstack.process.LocalProcesses;
import org.regwatch.events.Topics;

/** One real broker for the class: starting one costs ~5–10 s on this machine. */
class KafkaBrokerTest {

  private static KafkaBroker broker;
  private static Admin admin;

  @BeforeAll
  static void startBrokerAndCreateTopics() {
    Path directory = Path.of(System.getProperty("regwatch.test.dir", "target/test-infra"), "kafka-broker-test");
    long started = System.nanoTime();
    broker = KafkaBroker.start(BrokerSettings.of(FreePorts.any(), FreePorts.any(), directory).withFreshData());
    System.out.printf("broker ready in %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
    admin = broker.admin();
    new TopicSetup(TopicSetup.DEFAULT_PARTITIONS).createAll(admin);
  }

  @AfterAll
  static void stopBroker() {
    if (admin != null) {
      admin.close();
    }
    if (broker != null) {
      broker.stop();
    }
  }

  @Test
  void aStartedBrokerRecordsItsPidAndRunsAsItsOwnProcess() {
    assertThat(LocalProcesses.readPid(broker.settings().pidFile())).hasValue(broker.pid());
    assertThat(broker.pid()).isNotEqualTo(ProcessHandle.current().pid());
    assertThat(LocalProcesses.isOurs(broker.pid(), "org.regwatch.broker.BrokerMain")).isTrue();
  }

  @Test
  void aRecordProducedWithAcksAllIsConsumedBack() throws Exception {
    String topic = Topics.ARTICLES;
    RecordMetadata written;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"), new StringSerializer(), new StringSerializer())) {
      written = producer.send(new ProducerRecord<>(topic, "article-42", "{\"hello\":\"broker\"}"))
          .get(30, TimeUnit.SECONDS);
    }
    List<ConsumerRecord<String, String>> read = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "kafka-broker-test",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (read.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(read::add);
      }
    }
    assertThat(read).singleElement().satisfies(record -> {
      assertThat(record.key()).isEqualTo("article-42");
      assertThat(record.value()).isEqualTo("{\"hello\":\"broker\"}");
      assertThat(record.partition()).isEqualTo(written.partition());
    });
  }

  @Test
  void eventLogsHaveSixPartitionsAndAreKeptForever() throws Exception {
    for (String topic : List.of(Topics.ARTICLES, Topics.CLASSIFICATIONS, Topics.DEAD_LETTERS)) {
      assertThat(partitions(topic)).as(topic).isEqualTo(6);
      Config config = config(topic);
      assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
      assertThat(config.get("cleanup.policy").value()).as(topic).isEqualTo("delete");
    }
  }

  @Test
  void registryTopicsHaveSixPartitionsAndAreCompacted() throws Exception {
    for (String topic : List.of(Topics.FEEDS, Topics.POLLER_STATE)) {
      assertThat(partitions(topic)).as(topic).isEqualTo(6);
      assertThat(config(topic).get("cleanup.policy").value()).as(topic).isEqualTo("compact");
    }
  }

  @Test
  void creatingTheTopicsAgainChangesNothing() throws Exception {
    Set<String> before = admin.listTopics().names().get(10, TimeUnit.SECONDS);

    List<String> created = new TopicSetup(3).createAll(admin);

    assertThat(created).isEmpty();
    assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).isEqualTo(before);
    assertThat(partitions(Topics.ARTICLES)).isEqualTo(6);
  }

  private static int partitions(String topic) throws Exception {
    TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
        .get(10, TimeUnit.SECONDS).get(topic);
    return description.partitions().size();
  }

  private static Config config(String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
  }
}
