package org.regwatch.poller.polling;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Topics;
import org.regwatch.poller.kafka.DeadLetters;
import org.regwatch.poller.testing.TopicReader;
import org.regwatch.testsupport.RegwatchInfraResource;

@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class RegistryDeadLetterTest {

  private static void send(String key, byte[] value) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicReader.bootstrap());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.FEEDS, key, value)).get(10, TimeUnit.SECONDS);
    }
  }

  private static String reason(ConsumerRecord<String, byte[]> record) {
    var header = record.headers().lastHeader(DeadLetters.REASON_HEADER);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Test
  void garbageOnTheRegistryTopic_isDeadLetteredOnceWithItsReason_andTheRegistryKeepsWorking() throws Exception {
    String key = "feed-garbage-" + UUID.randomUUID();
    send(key, "<not json at all>".getBytes(StandardCharsets.UTF_8));

    long deadline = System.currentTimeMillis() + 60_000;
    java.util.List<ConsumerRecord<String, byte[]>> dead;
    do {
      Thread.sleep(300);
      dead = TopicReader.records(Topics.DEAD_LETTERS).stream().filter(r -> key.equals(r.key())).toList();
    } while (dead.isEmpty() && System.currentTimeMillis() < deadline);

    assertThat(dead).hasSize(1);
    assertThat(reason(dead.get(0))).startsWith("not JSON");
    assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("<not json at all>");
    asOperator().contentType(ContentType.JSON)
        .body(Map.of("url", "https://after-garbage.example.invalid/" + UUID.randomUUID()))
        .when().post("/api/feeds").then().statusCode(201);
  }

  @Test
  void anEventOfAnUnknownType_isSkipped_notDeadLettered() throws Exception {
    String key = "feed-future-" + UUID.randomUUID();
    String future = "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/regwatch/future\",\"type\":"
        + "\"org.regwatch.feed.renamed\",\"time\":\"2030-01-01T00:00:00Z\",\"subject\":\"" + key
        + "\",\"data\":{\"schemaVersion\":1}}";
    send(key, future.getBytes(StandardCharsets.UTF_8));
    // A record sent after it proves the gate has passed it: partitions are read in order, and the
    // marker goes to the same partition (same key).
    String marker = "marker-" + UUID.randomUUID();
    send(key, ("<" + marker + ">").getBytes(StandardCharsets.UTF_8));

    long deadline = System.currentTimeMillis() + 60_000;
    java.util.List<ConsumerRecord<String, byte[]>> dead;
    do {
      Thread.sleep(300);
      dead = TopicReader.records(Topics.DEAD_LETTERS).stream().filter(r -> key.equals(r.key())).toList();
    } while (dead.isEmpty() && System.currentTimeMillis() < deadline);

    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).contains(marker);
  }
}
